/**
 * Taps on a touch screen, which never hover: a tap on a mention is ours (it opens the card, even
 * where the mention is part of a link), any other tap is the page's — a link still opens with one
 * tap — and, with a card open, also closes it. Returns nothing; ends with `signal`.
 */
export function onMentionTaps<T>(
  doc: Document,
  signal: AbortSignal,
  /** The mention under the tap, if any; `null` also for a tap inside our own card. */
  mentionAt: (event: MouseEvent) => T | null,
  onMention: (mention: T) => void,
  onElsewhere: (event: MouseEvent) => void,
): void {
  // A click carries no pointer type in every browser; the pointerdown before it does.
  let touch = false;
  const options = { signal, capture: true };
  doc.addEventListener('pointerdown', (event) => void (touch = event.pointerType === 'touch'), options);
  doc.addEventListener(
    'click',
    (event) => {
      if (!touch) return;
      const mention = mentionAt(event);
      if (mention === null) return onElsewhere(event);
      event.preventDefault();
      event.stopPropagation();
      onMention(mention);
    },
    options,
  );
}
