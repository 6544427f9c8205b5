/**
 * The package entry: defines `<body-chain>`. Lit and the 2D interface load with it;
 * three.js and the body model load later, when an element nears the viewport.
 */
import { BodyChain, type BodyChainEventDetail } from './components/body-chain.component.js';

export { BodyChain };
export type { BodyChainErrorDetail, BodyChainErrorKind, BodyChainLoadDetail, RegionSelectDetail } from './components/body-chain.component.js';
export type { ContentPack, LocalePack, LocaleContent } from './model/content-types.js';
export { REGION_IDS, type RegionId } from './model/graph.js';

/** Resolved against this module, so copying `dist/` to any server keeps the model beside it. */
function besideThisModule(file: string): string {
  return new URL(file, import.meta.url).href;
}
BodyChain.defaultModelUrl = besideThisModule('body.glb');
BodyChain.defaultPreviewUrl = besideThisModule('body-preview.glb');

if (!customElements.get('body-chain')) customElements.define('body-chain', BodyChain);

declare global {
  interface HTMLElementTagNameMap {
    'body-chain': BodyChain;
  }
  interface HTMLElementEventMap {
    'region-select': CustomEvent<BodyChainEventDetail['region-select']>;
  }
}
