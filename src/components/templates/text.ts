import { html, nothing } from 'lit';

/** Clinic text as paragraphs (a blank line starts a new one). Text only: nothing in it is markup. */
export function paragraphs(text: string) {
  return text.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`);
}

/** A heading and a bulleted list, or nothing for an empty list. */
export function list(heading: string, items: readonly string[] | undefined) {
  if (!items?.length) return nothing;
  return html`<h3>${heading}</h3>
    <ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>`;
}
