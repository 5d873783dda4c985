import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from './hover-intent';

describe('hover intent (Page Previews cadence)', () => {
  let events: string[];
  const make = () =>
    createHoverIntent<string>({
      showDelayMs: 500,
      hideDelayMs: 300,
      same: (a, b) => a === b,
      onShow: (target) => events.push(`show ${target}`),
      onHide: () => events.push('hide'),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
  });
  afterEach(() => vi.useRealTimers());

  it('shows a card only after the pointer dwells on a mention', () => {
    const intent = make();
    intent.pointerAt('putin');
    vi.advanceTimersByTime(499);
    expect(events).toEqual([]);
    intent.pointerAt('putin');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show putin']);
  });

  it('does not show a card for a mention the pointer merely crossed', () => {
    const intent = make();
    intent.pointerAt('putin');
    vi.advanceTimersByTime(200);
    intent.pointerAt(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('keeps the card while the pointer moves onto it, and closes after leaving both', () => {
    const intent = make();
    intent.pointerAt('putin');
    vi.advanceTimersByTime(500);
    intent.pointerAt(null);
    vi.advanceTimersByTime(200);
    intent.pointerAt(null, true);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['show putin']);
    intent.pointerAt(null);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['show putin']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show putin', 'hide']);
  });

  it('closing also stops a card that was about to open (teardown leaves no timer behind)', () => {
    const intent = make();
    intent.pointerAt('putin');
    vi.advanceTimersByTime(500);
    intent.pointerAt('modi');
    intent.close();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show putin', 'hide']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closes at once on Esc and can be opened at once from the keyboard', () => {
    const intent = make();
    intent.showNow('modi');
    intent.close();
    expect(events).toEqual(['show modi', 'hide']);
    expect(intent.shown).toBeNull();
  });

  it('moves straight from one mention to another: the card stays open and swaps after the hide delay', () => {
    const intent = make();
    intent.pointerAt('putin');
    vi.advanceTimersByTime(500);
    intent.pointerAt('modi');
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['show putin']);
    expect(intent.shown).toBe('putin');
    intent.pointerAt('modi');
    vi.advanceTimersByTime(1);
    // No 'hide' between the two: the card's content changes in place.
    expect(events).toEqual(['show putin', 'show modi']);
    expect(intent.shown).toBe('modi');
  });

  it('closes the open card when the pointer passes over another mention and leaves it', () => {
    const intent = make();
    intent.pointerAt('putin');
    vi.advanceTimersByTime(500);
    intent.pointerAt('modi');
    vi.advanceTimersByTime(100);
    intent.pointerAt(null);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['show putin']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show putin', 'hide']);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['show putin', 'hide']);
  });

  it('swaps after the show delay when that is the shorter one', () => {
    const intent = make();
    intent.setShowDelay(150);
    intent.pointerAt('putin');
    vi.advanceTimersByTime(150);
    intent.pointerAt('modi');
    vi.advanceTimersByTime(150);
    expect(events).toEqual(['show putin', 'show modi']);
  });
});

describe('hover intent: keyboard-opened cards and settings', () => {
  let events: string[];
  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
  });
  afterEach(() => vi.useRealTimers());
  const make = () =>
    createHoverIntent<string>({
      showDelayMs: 500,
      hideDelayMs: 300,
      same: (a, b) => a === b,
      onShow: (target) => events.push(`show ${target}`),
      onHide: () => events.push('hide'),
    });

  it('keeps a pinned card open while the pointer wanders, until another mention takes over', () => {
    const intent = make();
    intent.showNow('putin', true);
    intent.pointerAt(null);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show putin']);
    intent.pointerAt('modi');
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['show putin', 'show modi']);
  });

  it('uses the dwell time from the settings', () => {
    const intent = make();
    intent.setShowDelay(1000);
    intent.pointerAt('putin');
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show putin']);
  });
});
