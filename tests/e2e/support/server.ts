/**
 * Static server for e2e pages, on 127.0.0.1 and a random port.
 *
 *   /<file>        → tests/fixtures/<file>        (pages we wrote)
 *   /pages/<file>  → tests/fixtures/pages/<file>  (saved real-world pages, tests/fixtures/pages/README.md)
 *
 * Every response carries a Content-Security-Policy that only allows the local origin, so saved
 * pages cannot even ask for their remote images, fonts and scripts (the browser-level blocks in
 * chromium.ts / firefox.ts catch what CSP lets through). Fixtures named `*.strict-csp.html` get a
 * stricter policy without 'unsafe-inline', like many real sites, to check that the card still
 * renders there. Every request is logged so tests can see exactly what the browser asked for.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fixturesDir } from './paths';

export const DEFAULT_CSP = "default-src 'self' 'unsafe-inline' data:";
export const STRICT_CSP = "default-src 'self'; img-src 'self' data:";

export interface LoggedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  status: number;
  at: number;
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a fixture (`demo-article.html`) or saved page (`pages/nytimes-1.html`). */
  url(file: string): string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a request path to a file inside one of the served roots, or null (no traversal out). */
function resolveFile(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rest = decoded.slice(1);
  const file = path.resolve(fixturesDir, rest === '' ? 'index.html' : rest);
  if (file !== fixturesDir && !file.startsWith(fixturesDir + path.sep)) return null;
  return file;
}

export interface ServerOptions {
  /**
   * Other local origins pages may frame (`frame-src`), e.g. a second server on another port that
   * plays a cross-origin iframe. Without it the CSP's `default-src 'self'` refuses them.
   */
  frameOrigins?: string[];
  /** Files made at test time (a bundle, a server-rendered page), served by path before the disk. */
  generated?: Map<string, string | Buffer>;
}

export async function startServer(options: ServerOptions = {}): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const frameSrc = options.frameOrigins?.length ? `; frame-src 'self' ${options.frameOrigins.join(' ')}` : '';
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = new URL(url, 'http://127.0.0.1').pathname;
    const file = resolveFile(pathname);
    const csp = (pathname.includes('.strict-csp.') ? STRICT_CSP : DEFAULT_CSP) + frameSrc;
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-store');
    let status = 404;
    const generated = options.generated?.get(pathname);
    if (generated !== undefined) {
      status = 200;
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(pathname).toLowerCase()] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : generated);
    } else if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      status = 200;
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      });
      res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
    requests.push({ method: req.method ?? 'GET', url, status, at: Date.now() });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (file) => `${origin}/${file.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
