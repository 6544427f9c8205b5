import { css, html, nothing } from 'lit';
import type { UiStrings } from '../../model/content-types.js';

/**
 * On a view opened from a shared link (the take-home view): a quiet line saying that the clinic
 * shared it (the content pack's `sharedFromClinic`, where a clinic may name itself), a button
 * to the region's self-care (the sheet pulled up at that section), and a dismiss button.
 */
export function sharedNoteTemplate(ui: UiStrings, toSelfCare: (() => void) | null, dismiss: () => void) {
  return html`<div class="shared-note" part="shared-note">
    <p>${ui.sharedFromClinic}</p>
    ${toSelfCare ? html`<button type="button" class="to-self-care" part="shared-self-care" @click=${toSelfCare}>${ui.selfCareHeading} ↓</button>` : nothing}
    <button type="button" class="dismiss" aria-label=${ui.dismiss} @click=${dismiss}>×</button>
  </div>`;
}

export const sharedNoteStyles = css`
  /* A row of its own above the body, so that it covers nothing of it. */
  .frame {
    grid-template-areas: 'note' 'stage' 'chains';
  }
  @container (min-width: 720px) {
    .frame {
      grid-template-areas: 'note note' 'stage panel' 'chains panel';
      grid-template-rows: auto auto 1fr;
    }
  }
  .shared-note {
    grid-area: note;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0 4px;
    padding: 0 0 0 12px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_panel-bg);
    font-size: 0.88rem;
    line-height: 1.4;
  }
  .shared-note p {
    margin: 6px 0;
  }
  .shared-note button {
    flex: none;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    background: transparent;
  }
  .shared-note .to-self-care {
    grid-row: 2;
    justify-self: start;
    margin-left: -6px;
    padding: 0 6px;
    color: var(--_accent);
    font-weight: 600;
  }
  .shared-note .dismiss {
    grid-column: 2;
    grid-row: 1;
    font-size: 1.2rem;
  }
`;
