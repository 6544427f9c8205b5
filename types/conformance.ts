/**
 * Fails `npm run typecheck` when the element's public members (src/) and the published
 * declarations (types/body-chain.d.ts) disagree: the same own members, each assignable both ways,
 * and the same events. The error names what to add or change in types/body-chain.d.ts.
 */
import type { LitElement } from 'lit';
import type { BodyChain as Impl, BodyChainEventDetail as ImplDetails } from '../src/components/body-chain.component.js';
import type { REGION_IDS as ImplRegionIds } from '../src/model/graph.js';
import type { ViewId as ImplViewId } from '../src/scene/views.js';
import type { BodyChain as Public, BodyChainEventDetail, BodyChainProperties, REGION_IDS, ViewId } from './body-chain.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Own<T, Base> = { [K in Exclude<keyof T, keyof Base>]: T[K] };
/** 'ok' when A and B agree, otherwise an object type whose key says what to do. */
type Agree<A, B, What extends string> = Same<A, B> extends true ? 'ok' : { [K in What]: { source: A; published: B } };
type Lacks<Keys, What extends string> = [Keys] extends [never] ? 'ok' : { [K in What]: Keys };

// Instance members: the implementation's own public ones are the published ones.
type ImplOwn = Own<Impl, LitElement>;
type PublicOwn = Own<Own<Public, HTMLElement>, { addEventListener: 0; removeEventListener: 0; updateComplete: 0 }>;
export const membersMissing: Lacks<Exclude<keyof ImplOwn, keyof PublicOwn>, 'add these members to types/body-chain.d.ts'> = 'ok';
export const membersGone: Lacks<Exclude<keyof PublicOwn, keyof ImplOwn>, 'remove these members from types/body-chain.d.ts'> = 'ok';
export const memberTypes: Agree<Pick<ImplOwn, keyof ImplOwn & keyof PublicOwn>, Pick<PublicOwn, keyof ImplOwn & keyof PublicOwn>, 'member types differ: fix types/body-chain.d.ts'> = 'ok';
export const properties: Agree<Pick<Impl, keyof BodyChainProperties>, BodyChainProperties, 'BodyChainProperties differs from the element'> = 'ok';
export const updateComplete: Agree<Pick<Impl, 'updateComplete'>, Pick<Public, 'updateComplete'>, 'updateComplete differs'> = 'ok';

// Static members.
type ImplStatic = Own<typeof Impl, typeof LitElement>;
type PublicStatic = Own<typeof Public, { prototype: 0 }>;
export const staticsMissing: Lacks<Exclude<keyof ImplStatic, keyof PublicStatic>, 'add these static members to types/body-chain.d.ts'> = 'ok';
export const staticsGone: Lacks<Exclude<keyof PublicStatic, keyof ImplStatic>, 'remove these static members from types/body-chain.d.ts'> = 'ok';
export const staticTypes: Agree<Pick<ImplStatic, keyof ImplStatic & keyof PublicStatic>, Pick<PublicStatic, keyof ImplStatic & keyof PublicStatic>, 'static member types differ'> = 'ok';

// Events (and BodyChainEventMap, EVENT_TYPES in custom-elements-manifest.config.mjs), ids and views.
export const eventsMissing: Lacks<Exclude<keyof ImplDetails, keyof BodyChainEventDetail>, 'add these events to BodyChainEventMap in types/body-chain.d.ts'> = 'ok';
export const eventsGone: Lacks<Exclude<keyof BodyChainEventDetail, keyof ImplDetails>, 'remove these events from BodyChainEventMap'> = 'ok';
export const eventDetails: Agree<Pick<ImplDetails, keyof ImplDetails & keyof BodyChainEventDetail>, Pick<BodyChainEventDetail, keyof ImplDetails & keyof BodyChainEventDetail>, 'event details differ: fix types/body-chain.d.ts'> = 'ok';
export const regionIds: Agree<(typeof ImplRegionIds)[number], (typeof REGION_IDS)[number], 'region ids differ'> = 'ok';
export const views: Agree<ImplViewId, ViewId, 'ViewId differs'> = 'ok';
