import { html } from 'lit';
import type { LocaleContent } from '../../model/content-types.js';
import { CHAINS, type ChainId, type RegionId } from '../../model/graph.js';

/**
 * The chains on offer, each as an ordered list of its stations (buttons), under a hint for the
 * device in hand. Each station's bar (its `--level`) is painted by the element.
 */
export function stationsTemplate(
  locale: LocaleContent,
  offered: readonly ChainId[],
  selected: string,
  choose: (e: MouseEvent, region: RegionId) => void,
) {
  const { ui } = locale;
  return html`<nav class="chains" part="chains" aria-label=${ui.chainsLabel}>
    <p class="hint"><span class="for-touch">${ui.hintTouch}</span><span class="for-pointer">${ui.hint}</span></p>
    ${CHAINS.filter((c) => offered.includes(c.id)).map(
      (chain) => html`<section class="chain">
        <h2 id="chain-${chain.id}">${locale.chains[chain.id].title}</h2>
        <ol part="chain-list" aria-labelledby="chain-${chain.id}">
          ${chain.stations.map(
            (r) => html`<li>
              <button
                type="button"
                class="station"
                part="station"
                data-region=${r}
                aria-pressed=${selected === r ? 'true' : 'false'}
                @click=${(e: MouseEvent) => choose(e, r)}
              >
                ${locale.regions[r].title}
              </button>
            </li>`,
          )}
        </ol>
      </section>`,
    )}
  </nav>`;
}
