/**
 * The benchmark's static server: 127.0.0.1 on a random port, never anything else.
 *
 *   /pages/<file>     → tests/fixtures/pages/<file>  (saved real-world pages)
 *   /gen/<file>       → the temp dir holding generated pages
 *   /fixtures/<file>  → tests/fixtures/bench/<file>
 *   /bench.js         → the bundled bench entry (page-entry.ts)
 *
 * Every response carries a CSP allowing only this origin (as tests/fixtures/pages/README.md asks);
 * frames may also come from another 127.0.0.1 port, where the page benchmark serves its
 * cross-origin frames.
 * With `?noscript` the CSP also drops 'unsafe-inline' scripts, so a saved page's own inline
 * scripts do not run while the DOM is being timed (our same-origin /bench.js still does).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGE_CSP = "default-src 'self' 'unsafe-inline' data:; frame-src 'self' http://127.0.0.1:* data:";
const NOSCRIPT_CSP = `${PAGE_CSP}; script-src 'self'`;

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

export async function startBenchServer(roots: { pages: string; generated: string; fixtures: string }, benchJs: string): Promise<BenchServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Security-Policy', url.searchParams.has('noscript') ? NOSCRIPT_CSP : PAGE_CSP);
    res.setHeader('Cache-Control', 'no-store');
    if (url.pathname === '/bench.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(benchJs);
      return;
    }
    const [, mount, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = mount === 'pages' ? roots.pages : mount === 'gen' ? roots.generated : mount === 'fixtures' ? roots.fixtures : null;
    const file = root ? path.resolve(root, rest.join('/')) : null;
    if (root && file && file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
