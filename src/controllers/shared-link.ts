import { decodeState, StateError, validateState } from '../model/state-check.js';
import { sharedNoteStyles, sharedNoteTemplate } from '../components/templates/shared-note.js';

/**
 * What reading a shared state needs, loaded only when the page's address carries one (`#bc=…`)
 * or the page calls `setState()`: the validator, the link's decoder, and the take-home view's
 * note (its styles adopted into the element's shadow root, as present mode's are).
 */
export { decodeState, sharedNoteTemplate, StateError, validateState };

export function adoptNoteStyles(root: ShadowRoot): void {
  const sheet = sharedNoteStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
