import { html, nothing } from 'lit';
import type { UiStrings } from '../../model/content-types.js';
import { OVERLAY_IDS, type OverlayId } from '../../model/atlas.js';
import { VIEWS, type ViewId } from '../../scene/views.js';
import type { BodyChainErrorDetail, BodyChainErrorKind } from '../events.js';

/** What is drawn over the 3D view: the toolbar, the invitation to touch, loading and messages. */

const VIEW_LABEL = { back: 'viewBack', side: 'viewSide', front: 'viewFront', deep: 'viewDeep' } as const satisfies Record<ViewId, keyof UiStrings>;

/** The toolbar's toggle label of each overlay. */
export const OVERLAY_LABEL = { 'bladder-meridian': 'overlayBladderMeridian' } as const satisfies Record<OverlayId, keyof UiStrings>;

export interface ToolbarParams {
  ui: UiStrings;
  view: ViewId;
  choose: (view: ViewId) => void;
  reset: () => void;
  /** The overlays shown; each overlay has a toggle. */
  overlays: readonly OverlayId[];
  toggle: (overlay: OverlayId) => void;
  /** Whether guarding is lit: a legend then tells its colour from the tension's. */
  guarding: boolean;
}

/**
 * One row at any width: the views as one segmented control and, apart, the reset button with
 * the overlay toggles under it and, while guarding is lit, a legend (a column at the right
 * edge, beside the head, where the body never is; outside the toolbar's height, so that
 * nothing the camera frames moves when they come and go).
 */
export function toolbarTemplate(p: ToolbarParams) {
  const { ui } = p;
  return html`<div class="toolbar" part="toolbar">
    <div class="views" role="group" aria-label=${ui.viewsLabel}>
      ${VIEWS.map(
        (v) => html`<button type="button" part="view-button" aria-pressed=${p.view === v ? 'true' : 'false'} @click=${() => p.choose(v)}>
          ${ui[VIEW_LABEL[v]]}
        </button>`,
      )}
    </div>
    <div class="stage-tools">
      <button type="button" class="reset" part="view-button" aria-label=${ui.resetView} title=${ui.resetView} @click=${p.reset}>↺</button>
      ${OVERLAY_IDS.map(
        (o) => html`<button
          type="button"
          class="overlay-toggle"
          part="overlay-button"
          aria-pressed=${p.overlays.includes(o) ? 'true' : 'false'}
          @click=${() => p.toggle(o)}
        >
          ${ui[OVERLAY_LABEL[o]]}
        </button>`,
      )}
      ${p.guarding
        ? html`<p class="legend" part="legend">
            <span class="tension">${ui.legendTension}</span><span class="guarding">${ui.legendGuarding}</span>
          </p>`
        : nothing}
    </div>
  </div>`;
}

/**
 * The invitation to touch, until the first interaction: a ring (placed on the calf by the
 * element) and a short line for the device in hand. Visual only: the hint under the stage
 * says the same to screen readers.
 */
export function inviteTemplate(ui: UiStrings) {
  return html`<div class="invite" aria-hidden="true">
    <span class="ring"></span>
    <p><span class="for-touch">${ui.inviteTouch}</span><span class="for-pointer">${ui.invitePointer}</span></p>
  </div>`;
}

export function loadingTemplate(ui: UiStrings, loading: boolean) {
  return loading ? html`<div class="status" role="status"><div><div class="spinner"></div>${ui.loading}</div></div>` : nothing;
}

/** Messages to the visitor (no 3D view, no model), at the foot of the stage, each dismissible. */
export function messagesTemplate(ui: UiStrings, messages: readonly BodyChainErrorDetail[], dismiss: (kind: BodyChainErrorKind) => void) {
  return html`<div class="messages" aria-live="polite">
    ${messages.map(
      (m) => html`<p class="message" part="message" data-kind=${m.kind}>
        <span>${m.message}</span>
        <button type="button" aria-label=${ui.dismiss} @click=${() => dismiss(m.kind)}>×</button>
      </p>`,
    )}
  </div>`;
}
