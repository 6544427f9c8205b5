/**
 * Fails `npm run typecheck` when the element's public members (src/) and the published
 * declarations (types/body-chain.d.ts) disagree: the same own members, each assignable both ways.
 */
import type { LitElement } from 'lit';
import type { BodyChain as Impl, BodyChainEventDetail as ImplDetails } from '../src/components/body-chain.component.js';
import type { REGION_IDS as ImplRegionIds } from '../src/model/graph.js';
import type { ViewId as ImplViewId } from '../src/scene/views.js';
import type { BodyChain as Public, BodyChainEventDetail, BodyChainProperties, REGION_IDS, ViewId } from './body-chain.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Own<T, Base> = { [K in Exclude<keyof T, keyof Base>]: T[K] };
const ok = <T extends true>(): T => true as T;

// Instance members: the implementation's own public ones are the published ones.
type ImplOwn = Own<Impl, LitElement>;
type PublicOwn = Own<Public, HTMLElement>;
ok<Same<ImplOwn, Own<PublicOwn, { addEventListener: 0; removeEventListener: 0; updateComplete: 0 }>>>();
ok<Same<Pick<Impl, keyof BodyChainProperties>, BodyChainProperties>>();
ok<Same<Pick<Impl, 'updateComplete'>, Pick<Public, 'updateComplete'>>>();

// Static members.
ok<Same<Own<typeof Impl, typeof LitElement>, Own<typeof Public, { prototype: 0 }>>>();

// Events, ids and views.
ok<Same<ImplDetails, BodyChainEventDetail>>();
ok<Same<(typeof ImplRegionIds)[number], (typeof REGION_IDS)[number]>>();
ok<Same<ImplViewId, ViewId>>();

