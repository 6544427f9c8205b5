import type { RegionId } from '../model/graph.js';
import type { BodyChainState } from '../model/state.js';

/**
 * The element's events and their details. Every one bubbles and is composed, so a page can
 * listen on any ancestor (see `emit`).
 */

export type BodyChainErrorKind = 'content' | 'model' | 'webgl' | 'region' | 'state';

export interface RegionSelectDetail {
  region: RegionId | null;
  propagation: { region: RegionId; intensity: number; delay: number }[];
}

export interface BodyChainErrorDetail {
  kind: BodyChainErrorKind;
  message: string;
}

export interface BodyChainLoadDetail {
  /** True for the light preview drawn while the full model downloads. */
  preview: boolean;
}

export interface BodyChainEventDetail {
  'region-select': RegionSelectDetail;
  'state-change': BodyChainState;
  load: BodyChainLoadDetail;
  error: BodyChainErrorDetail;
}

/** Sends one of the element's events, bubbling and composed. */
export function emit<K extends keyof BodyChainEventDetail>(target: EventTarget, type: K, detail: BodyChainEventDetail[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
