import { describe, expect, it } from 'vitest';
import { governingSite, type FrameView } from './frame-site';

const PAGE = 'https://news.example.com/story?id=1';

function view(href: string, options: { origin?: string; top?: FrameView | 'blocked' | null; ancestors?: string[]; referrer?: string } = {}): FrameView {
  let hostname = '';
  let origin = options.origin ?? 'null';
  try {
    const url = new URL(href);
    hostname = url.hostname;
    if (options.origin === undefined && url.origin !== 'null') origin = url.origin;
  } catch {
    // about:blank and friends: no host of their own.
  }
  const self: FrameView = {
    location: { href, hostname, origin, ancestorOrigins: options.ancestors },
    document: { referrer: options.referrer ?? '' },
    get top() {
      if (options.top === 'blocked') return { get location(): never { throw new DOMException('cross-origin', 'SecurityError'); }, document: { referrer: '' }, top: null } as unknown as FrameView;
      return options.top === undefined ? self : options.top;
    },
  };
  return self;
}

describe('governingSite', () => {
  it('is the page itself for a top frame', () => {
    expect(governingSite(view(PAGE))).toBe(PAGE);
  });

  it('follows a same-origin top page from an about:blank or srcdoc frame', () => {
    const top = view(PAGE);
    expect(governingSite(view('about:blank', { origin: 'https://news.example.com', top }))).toBe(PAGE);
    expect(governingSite(view('about:srcdoc', { origin: 'https://news.example.com', top }))).toBe(PAGE);
  });

  it('follows the top origin the browser lists in ancestorOrigins when the top is cross-origin', () => {
    const frame = view('https://player.video.example/embed/1', { top: 'blocked', ancestors: ['https://news.example.com'] });
    expect(governingSite(frame)).toBe('https://news.example.com');
    const nested = view('data:text/html,hi', { top: 'blocked', ancestors: ['https://player.video.example', 'https://news.example.com'] });
    expect(governingSite(nested)).toBe('https://news.example.com');
  });

  it('falls back to its own address, then to the origin it inherits, then to its referrer', () => {
    expect(governingSite(view('https://player.video.example/embed/1', { top: 'blocked' }))).toBe('https://player.video.example/embed/1');
    expect(governingSite(view('blob:https://news.example.com/5f1c', { top: 'blocked' }))).toBe('https://news.example.com');
    expect(governingSite(view('data:text/html,hi', { top: 'blocked', referrer: 'https://news.example.com/' }))).toBe('https://news.example.com/');
    expect(governingSite(view('data:text/html,hi', { top: 'blocked', ancestors: ['null'] }))).toBe('');
  });

  it('ignores a top page without a host of its own', () => {
    const top = view('about:blank', { origin: 'null', top: null });
    expect(governingSite(view('about:blank', { origin: 'null', top, referrer: '' }))).toBe('');
  });
});
