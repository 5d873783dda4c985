/**
 * The page's own changes, as the blocks to rescan: a MutationObserver on the body and on every open
 * shadow root the walk meets, each change turned into the nearest block around it (a rescan sees
 * whole sentences), gathered for `batchMs` and handed over as one set. Changes inside our own card
 * host are not the page's and are ignored. Everything ends with `signal`.
 */
import { HOST_TAG, isBlockBoundary } from './text-blocks';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface MutationRootsOptions {
  /** Changes are gathered for this long, then handed over together. */
  batchMs: number;
  /**
   * The block roots changed since the last batch, as gathered: some may lie inside others or have
   * left the document since (`outermostRoots` keeps the ones to rescan).
   */
  onBatch(roots: Set<Node>): void;
  onError(error: unknown): void;
  signal: AbortSignal;
}

export interface MutationRoots {
  /** Watches an open shadow root too (the body is watched from the start). */
  observe(shadow: ShadowRoot): void;
  /** The open shadow roots watched, for hit-testing inside them. */
  readonly shadowRoots: ReadonlySet<ShadowRoot>;
  /** Queues the block around `node` as if the page had changed it (text it has just shown). */
  add(node: Node): void;
  /** Drops the changes gathered so far (a whole rescan is starting). */
  clear(): void;
}

/** The nearest ancestor (or self) that starts a block; inside a shadow root, at most the root. */
export function blockRootOf(node: Node): Node | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const body = node.ownerDocument?.body ?? null;
  while (el && el !== body && !isBlockBoundary(el)) el = el.parentElement;
  if (el) return el;
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host ? root : null;
}

/** Is `node` inside our own card host? */
export function isOwnNode(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).localName === HOST_TAG) return true;
  }
  return false;
}

/** Is `node` one of `roots` or inside one of them (through parent nodes, not across shadow roots)? */
export function isWithin(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}

/** Keeps only the outermost connected roots: a root inside another is rescanned with it. */
export function outermostRoots(roots: Iterable<Node>): Set<Node> {
  const all = new Set(roots);
  const kept = new Set<Node>();
  outer: for (const root of all) {
    if (!root.isConnected) continue;
    for (let p = root.parentNode; p; p = p.parentNode) if (all.has(p)) continue outer;
    kept.add(root);
  }
  return kept;
}

export function watchMutationRoots(doc: Document, options: MutationRootsOptions): MutationRoots {
  const view = doc.defaultView!;
  const changed = new Set<Node>();
  const shadowRoots = new Set<ShadowRoot>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    if (options.signal.aborted || changed.size === 0) return;
    const roots = new Set(changed);
    changed.clear();
    try {
      options.onBatch(roots);
    } catch (error) {
      options.onError(error);
    }
  };
  const queue = (node: Node) => {
    const root = blockRootOf(node);
    if (!root) return;
    changed.add(root);
    timer ??= setTimeout(flush, options.batchMs);
  };

  const observer = new view.MutationObserver((mutations) => {
    try {
      for (const mutation of mutations) {
        const target = mutation.target;
        if (isOwnNode(target)) continue;
        if (mutation.type === 'characterData') {
          queue(target);
          continue;
        }
        for (const added of mutation.addedNodes) if (!isOwnNode(added)) queue(added);
        // Removed text takes its ranges with it (they collapse); the rescan of its parent's block
        // drops them.
        if (mutation.removedNodes.length > 0) queue(target);
      }
    } catch (error) {
      options.onError(error);
    }
  });
  if (doc.body) observer.observe(doc.body, OBSERVE);
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    changed.clear();
    shadowRoots.clear();
  });

  return {
    observe(shadow) {
      if (shadowRoots.has(shadow) || options.signal.aborted) return;
      shadowRoots.add(shadow);
      observer.observe(shadow, OBSERVE);
    },
    shadowRoots,
    add: queue,
    clear() {
      changed.clear();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
