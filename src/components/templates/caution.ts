import { css, html, nothing } from 'lit';
import { URGENCIES, type RegionContent, type UiStrings, type Urgency } from '../../model/content-types.js';

const HEADING: Record<Urgency, 'caution119' | 'cautionToday' | 'cautionSoon'> = {
  '119': 'caution119',
  today: 'cautionToday',
  soon: 'cautionSoon',
};

/**
 * The panel's "when to get medical help" box: the region's warning signs grouped by urgency,
 * most urgent first (119, today, soon), then a version-1 `caution` text if a pack still has
 * one. Clinic texts are rendered as text only. Nothing is rendered when there are no signs.
 */
export function cautionTemplate(region: RegionContent, ui: UiStrings) {
  const signs = region.cautions ?? [];
  if (!signs.length && !region.caution) return nothing;
  return html`<div class="caution" part="caution" role="note">
    <h3>${ui.cautionHeading}</h3>
    ${URGENCIES.map((u) => {
      const items = signs.filter((s) => s.urgency === u);
      return items.length
        ? html`<section class="urgency" data-urgency=${u}>
            <h4>${ui[HEADING[u]]}</h4>
            <ul>
              ${items.map((s) => html`<li>${s.text}</li>`)}
            </ul>
          </section>`
        : nothing;
    })}
    ${region.caution ? html`<p class="legacy">${region.caution}</p>` : nothing}
  </div>`;
}

/**
 * Calm but clear: one quiet box, each urgency a band with its own edge; 119 is the strongest
 * (deep red, bold), "today" amber, "soon" neutral. Colours keep at least 4.5:1 contrast.
 */
export const cautionStyles = css`
  .caution {
    margin: 1.1em 0 0;
    padding: 10px 10px 4px;
    border: 1px solid #e6d6cf;
    border-left: 1px solid #e6d6cf;
    border-radius: 10px;
    background: #fffaf8;
    color: #2b2622;
    font-size: 0.92rem;
  }
  .caution h3 {
    margin: 0 2px 8px;
  }
  .caution .urgency {
    margin: 0 0 8px;
    padding: 6px 10px 6px 12px;
    border-left: 4px solid #8a8178;
    border-radius: 6px;
    background: #f6f2ee;
  }
  .caution .urgency h4 {
    margin: 0 0 2px;
    font-size: 0.92rem;
    line-height: 1.4;
  }
  .caution .urgency ul {
    margin: 0;
    padding-left: 1.1em;
  }
  .caution .urgency li {
    margin: 0.15em 0;
  }
  .caution [data-urgency='119'] {
    border-left: 6px solid #b3261e;
    background: #fbe7e4;
  }
  .caution [data-urgency='119'] h4 {
    color: #8c1d18;
    font-size: 1rem;
  }
  .caution [data-urgency='today'] {
    border-left-color: #c26a00;
    background: #fff3e3;
  }
  .caution [data-urgency='today'] h4 {
    color: #7a4300;
  }
  .caution [data-urgency='soon'] h4 {
    color: #4d463f;
  }
  .caution .legacy {
    margin: 0 2px 8px;
  }
`;
