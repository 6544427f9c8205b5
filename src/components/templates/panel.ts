import { html, nothing } from 'lit';
import type { LocaleContent } from '../../model/content-types.js';
import { REGIONS, type OverlayId } from '../../model/atlas.js';
import { CHAINS, isRegionId, neighbours, type ChainId, type RegionId } from '../../model/graph.js';
import { OVERLAY_LABEL } from './stage.js';
import type { PropagationStep } from '../../model/propagation.js';
import type { SheetController } from '../../controllers/sheet-controller.js';
import { cautionTemplate } from './caution.js';
import { list, paragraphs } from './text.js';

/**
 * The explanation panel: with nothing selected, what each chain on offer is (a side panel on
 * wide screens; hidden on phones); with a region selected, its explanation, its connections
 * on the chains on offer (strongest first, each naming its chain when several are offered),
 * everyday causes, self-care, the graded warning signs and the clinic's links.
 */
export interface PanelParams {
  locale: LocaleContent;
  offered: readonly ChainId[];
  selected: RegionId | null;
  propagation: readonly PropagationStep[];
  sheet: SheetController;
  select: (region: RegionId) => void;
  close: () => void;
}

export function panelTemplate(p: PanelParams) {
  const { locale, offered } = p;
  const { ui } = locale;
  const chains = CHAINS.filter((c) => offered.includes(c.id));
  if (!p.selected) {
    return html`<aside class="panel idle" part="panel" aria-label=${ui.label}>
      <div class="panel-body intro" tabindex="0">
        ${chains.map((c) => html`<h3>${locale.chains[c.id].title}</h3>${paragraphs(locale.chains[c.id].summary)}`)}
        <p class="disclaimer">${ui.disclaimer}</p>
      </div>
    </aside>`;
  }
  const id = p.selected;
  const region = locale.regions[id];
  const onChains = chains.filter((c) => c.stations.includes(id));
  // An overlay's point (a meridian's): its overlay names it, and it leads to the station it lies on.
  const { overlay, station } = REGIONS[id];
  const eyebrow = overlay ? ui[OVERLAY_LABEL[overlay as OverlayId]] : onChains.map((c) => locale.chains[c.id].title).join(' / ');
  const reached = new Map(p.propagation.map((s) => [s.region, s.intensity]));
  const { sheet } = p;
  return html`<aside class="panel ${sheet.detent}" part="panel" aria-labelledby="panel-title">
    <header
      @click=${sheet.onClick}
      @pointerdown=${sheet.onPointerDown}
      @pointermove=${sheet.onPointerMove}
      @pointercancel=${sheet.onPointerCancel}
    >
      <button
        type="button"
        class="handle"
        part="sheet-handle"
        aria-expanded=${sheet.full ? 'true' : 'false'}
        aria-controls="panel-body"
        aria-label=${sheet.full ? ui.sheetCollapse : ui.sheetExpand}
      >
        <span class="grip"></span>
      </button>
      <div>
        <p class="eyebrow">${eyebrow}</p>
        <h2 id="panel-title">${region.title}</h2>
        ${region.structures ? html`<p class="structures">${region.structures}</p>` : nothing}
      </div>
      <button type="button" class="close" aria-label=${ui.close} @click=${p.close}>×</button>
    </header>
    <div class="panel-body" id="panel-body" tabindex="0">
      ${paragraphs(region.body)}
      ${station && isRegionId(station) ? stationOfPoint(ui.pointStationHeading, station, locale.regions[station].title, () => p.select(station)) : nothing}
      ${overlay
        ? nothing
        : html`<h3>${ui.connectionsHeading}</h3>
            <ul class="connections">
              ${neighbours(id, offered)
                .sort((a, b) => (reached.get(b.other) ?? 0) - (reached.get(a.other) ?? 0))
                .map(
                  ({ link, other }) => html`<li>
                    <button type="button" data-region=${other} @click=${() => p.select(other)}>→ ${locale.regions[other].title}</button>
                    ${onChains.length > 1 ? html`<span class="via">${locale.chains[link.chain].title}</span>` : nothing}
                    <p>${locale.links[link.id].body}</p>
                  </li>`,
                )}
            </ul>`}
      ${list(ui.causesHeading, region.causes)} ${list(ui.selfCareHeading, region.selfCare)} ${cautionTemplate(region, ui)}
      ${region.links?.length
        ? html`<h3>${ui.linksHeading}</h3>
            <ul class="links">
              ${region.links.map((l) => html`<li><a href=${l.href} target="_blank" rel="noopener noreferrer">${l.label}</a></li>`)}
            </ul>`
        : nothing}
      <p class="disclaimer">${ui.disclaimer}</p>
    </div>
  </aside>`;
}

/** A point's way to the back-line station it lies on. */
function stationOfPoint(heading: string, station: RegionId, title: string, select: () => void) {
  return html`<h3>${heading}</h3>
    <ul class="connections">
      <li><button type="button" data-region=${station} @click=${select}>→ ${title}</button></li>
    </ul>`;
}
