/** Taps: a tap on a mention opens it (and not the link around it); other taps stay the page's; the mouse is left alone. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onMentionTaps } from './mention-taps';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<p><a id="link" href="#elsewhere">Putin</a> and <a id="plain" href="#other">a link</a></p>';
});
afterEach(() => controller.abort());

/** A tap (or a click) on `element`: pointerdown of that pointer type, then click. Returns whether the click went through. */
function tap(element: Element, pointerType: 'touch' | 'mouse'): boolean {
  element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType }));
  return element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

describe('onMentionTaps', () => {
  const setup = () => {
    const onMention = vi.fn();
    const onElsewhere = vi.fn();
    const pageHeard = vi.fn();
    document.body.addEventListener('click', pageHeard);
    onMentionTaps(document, controller.signal, (event) => ((event.target as Element).id === 'link' ? 'vladimir-putin' : null), onMention, onElsewhere);
    return { onMention, onElsewhere, pageHeard };
  };

  it('opens the mention under a tap, and the link around it does not follow', () => {
    const { onMention, onElsewhere, pageHeard } = setup();
    expect(tap(document.getElementById('link')!, 'touch')).toBe(false);
    expect(onMention).toHaveBeenCalledWith('vladimir-putin');
    expect(onElsewhere).not.toHaveBeenCalled();
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('leaves a tap elsewhere to the page, and says so', () => {
    const { onMention, onElsewhere, pageHeard } = setup();
    expect(tap(document.getElementById('plain')!, 'touch')).toBe(true);
    expect(onMention).not.toHaveBeenCalled();
    expect(onElsewhere).toHaveBeenCalledTimes(1);
    expect(pageHeard).toHaveBeenCalledTimes(1);
  });

  it('ignores mouse clicks, which hover already serves', () => {
    const { onMention, onElsewhere } = setup();
    expect(tap(document.getElementById('link')!, 'mouse')).toBe(true);
    expect(onMention).not.toHaveBeenCalled();
    expect(onElsewhere).not.toHaveBeenCalled();
  });

  it('stops listening with its signal', () => {
    const { onMention } = setup();
    controller.abort();
    expect(tap(document.getElementById('link')!, 'touch')).toBe(true);
    expect(onMention).not.toHaveBeenCalled();
  });
});
