import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DIAGNOSTIC_LIMITS,
  OTHER_PLACE,
  clearDiagnostics,
  describeError,
  diagnosticsStore,
  flushDiagnostics,
  loadDiagnostics,
  normalizeDiagnostics,
  recordError,
  totalErrors,
  watchDiagnostics,
} from './diagnostics';

const T0 = Date.UTC(2025, 11, 4, 10, 0, 0);
const stored = async () => (await fakeBrowser.storage.local.get('diagnostics')).diagnostics as unknown;

let testStart = T0;
beforeEach(async () => {
  fakeBrowser.reset();
  // The module's write interval spans tests, so each test starts well after the last one's writes.
  testStart += 60_000;
  vi.useFakeTimers({ now: testStart });
  await clearDiagnostics();
});
afterEach(() => vi.useRealTimers());

describe('recordError', () => {
  it('counts errors by place and keeps the newest messages first', async () => {
    recordError('content/scan', new TypeError('x is not a function'));
    vi.setSystemTime(Date.now() + 10);
    recordError('content/scan', new RangeError('offset 9 is larger than the length'));
    recordError('card/open', 'no anchor rects');
    await flushDiagnostics();

    const diagnostics = await loadDiagnostics();
    expect(diagnostics.counts).toEqual({ 'content/scan': 2, 'card/open': 1 });
    expect(totalErrors(diagnostics)).toBe(3);
    expect(diagnostics.recent.map((entry) => [entry.where, entry.message])).toEqual([
      ['card/open', 'no anchor rects'],
      ['content/scan', 'RangeError: offset 9 is larger than the length'],
      ['content/scan', 'TypeError: x is not a function'],
    ]);
  });

  it('never throws, whatever is thrown at it', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('gotcha'); } });
    for (const error of [undefined, null, 42, Symbol('s'), hostile, { message: 7 }, Object.create(null)]) {
      expect(() => recordError('content/scan', error)).not.toThrow();
    }
    expect(() => recordError(undefined as never, new Error('x'))).not.toThrow();
  });

  it('writes at once, then at most once per interval however many errors come', async () => {
    const writes = vi.spyOn(diagnosticsStore, 'set');
    recordError('content/batch', new Error('first'));
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));

    // An error on every 10 ms mutation batch for 5 s: 500 errors, three more writes.
    for (let i = 0; i < 500; i++) {
      recordError('content/batch', new Error(`batch ${i}`));
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(DIAGNOSTIC_LIMITS.writeIntervalMs);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(1 + Math.ceil(5_000 / DIAGNOSTIC_LIMITS.writeIntervalMs));
    const diagnostics = await loadDiagnostics();
    expect(diagnostics.counts).toEqual({ 'content/batch': 501 });
    expect(diagnostics.recent).toHaveLength(DIAGNOSTIC_LIMITS.maxRecent);
    expect(diagnostics.recent[0]?.message).toBe('Error: batch 499');
  });

  it('shows errors recorded on this page before they are written', async () => {
    recordError('content/batch', new Error('first'));
    await vi.advanceTimersByTimeAsync(0);
    recordError('content/batch', new Error('second'));
    expect((await loadDiagnostics()).counts).toEqual({ 'content/batch': 2 });
  });

  it('keeps no stack, no web address and nothing unbounded from the page', async () => {
    const error = new Error(`Failed on https://news.example.com/story?id=7 and www.example.org/x\nline two ${'x'.repeat(5_000)}`);
    error.stack = 'Error: at https://page.example/app.js:1:2';
    recordError(`content/${'deep/'.repeat(50)}`, error);
    await flushDiagnostics();
    const [entry] = (await loadDiagnostics()).recent;
    expect(entry?.message).toMatch(/^Error: Failed on <address> and <address> line two x+…$/);
    expect(entry?.message.length).toBe(DIAGNOSTIC_LIMITS.maxMessageChars);
    expect(entry?.where.length).toBe(DIAGNOSTIC_LIMITS.maxWhereChars);
    expect(JSON.stringify(await stored())).not.toMatch(/example|app\.js|\\n/);
  });

  it('counts at most a fixed number of places, the rest together', async () => {
    for (let i = 0; i < DIAGNOSTIC_LIMITS.maxPlaces + 5; i++) recordError(`place-${i}`, new Error('x'));
    await flushDiagnostics();
    const { counts } = await loadDiagnostics();
    expect(Object.keys(counts)).toHaveLength(DIAGNOSTIC_LIMITS.maxPlaces + 1);
    expect(counts[OTHER_PLACE]).toBe(5);
  });

  it('adds to what other pages wrote', async () => {
    await diagnosticsStore.set({ counts: { 'content/scan': 4 }, recent: [{ where: 'content/scan', message: 'Error: old', at: T0 }] });
    recordError('content/scan', new Error('new'));
    await flushDiagnostics();
    const diagnostics = await loadDiagnostics();
    expect(diagnostics.counts).toEqual({ 'content/scan': 5 });
    expect(diagnostics.recent.map((entry) => entry.message)).toEqual(['Error: new', 'Error: old']);
  });

  it('drops a batch quietly when storage refuses it', async () => {
    vi.spyOn(diagnosticsStore, 'set').mockRejectedValue(new Error('quota'));
    recordError('content/scan', new Error('x'));
    await expect(flushDiagnostics()).resolves.toBeUndefined();
  });
});

describe('clearDiagnostics and watchDiagnostics', () => {
  it('forgets everything, written or not', async () => {
    recordError('content/scan', new Error('written'));
    await flushDiagnostics();
    recordError('content/scan', new Error('pending'));
    await clearDiagnostics();
    expect(await loadDiagnostics()).toEqual({ counts: {}, recent: [] });
    expect(await stored()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(DIAGNOSTIC_LIMITS.writeIntervalMs * 2);
    expect(await stored()).toBeUndefined();
  });

  it('tells watchers when any page writes', async () => {
    const seen: number[] = [];
    const stop = watchDiagnostics((diagnostics) => seen.push(totalErrors(diagnostics)));
    recordError('content/scan', new Error('x'));
    await flushDiagnostics();
    await vi.waitFor(() => expect(seen).toEqual([1]));
    stop();
  });
});

describe('normalizeDiagnostics', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['a list', [1, 2]],
    ['wrong-typed fields', { counts: 'many', recent: {} }],
  ])('reads %s as nothing recorded', (_case, raw) => {
    expect(normalizeDiagnostics(raw)).toEqual({ counts: {}, recent: [] });
  });

  it('keeps well-formed parts of a hand-edited value and nothing that could pollute a prototype', () => {
    const raw = JSON.parse(
      '{"counts":{"content/scan":3,"bad":-1,"nan":"7","__proto__":2},"recent":[{"where":"x","message":"Error: y","at":5},{"where":1},null]}',
    ) as unknown;
    const diagnostics = normalizeDiagnostics(raw);
    expect(diagnostics.counts['content/scan']).toBe(3);
    expect(Object.keys(diagnostics.counts).sort()).toEqual(['__proto__', 'content/scan']);
    expect(diagnostics.recent).toEqual([{ where: 'x', message: 'Error: y', at: 5 }]);
    expect(({} as Record<string, unknown>)['content/scan']).toBeUndefined();
  });
});

describe('describeError', () => {
  it.each<[unknown, string]>([
    [new TypeError('boom'), 'TypeError: boom'],
    [new Error(''), 'Error'],
    [{ name: 'DOMException', message: 'The operation is insecure.' }, 'DOMException: The operation is insecure.'],
    ['plain text', 'plain text'],
    [42, 'thrown number'],
    [null, 'thrown null'],
    [undefined, 'thrown undefined'],
  ])('describes %s as "%s"', (error, text) => {
    expect(describeError(error)).toBe(text);
  });
});
