import type { ComponentChildren } from 'preact';

/** One titled section of the options page; its heading names it for assistive technology. */
export function Panel({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="cb-panel" aria-labelledby={id}>
      <h2 id={id} class="cb-panel__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
