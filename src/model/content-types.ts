import type { ChainId, LinkId, RegionId } from './graph.js';

/** Languages the component ships default content for. Packs may add others. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Current content schema version. Packs without `version` are read as version 1. */
export const CONTENT_VERSION = 1;

export interface ContentLink {
  label: string;
  /** http(s) or relative URL only; anything else is rejected by validation. */
  href: string;
}

export interface RegionContent {
  /** Short name shown as the panel heading, e.g. 「ふくらはぎ」. */
  title: string;
  /** The structures, e.g. 「腓腹筋・ヒラメ筋・アキレス腱」. */
  structures?: string;
  /** What the region is and what it does: one or two short paragraphs (split on blank lines). */
  body: string;
  /** Everyday causes of tension here. */
  causes?: string[];
  /** Self-care suggestions. */
  selfCare?: string[];
  /** When to stop and see a doctor. */
  caution?: string;
  /** Further reading, e.g. the clinic's own page. */
  links?: ContentLink[];
}

export interface LinkContent {
  /** How the two regions connect, direction-neutral, one short paragraph. */
  body: string;
}

export interface ChainContent {
  title: string;
  summary: string;
}

/** Every string the element's own interface shows. `{name}` placeholders are filled in. */
export interface UiStrings {
  /** Accessible name of the whole element. */
  label: string;
  /** Text alternative for the 3D canvas. */
  canvasAlt: string;
  /** Hint under the body for a mouse or trackpad: how to interact. */
  hint: string;
  /** Hint under the body on a touch screen. */
  hintTouch: string;
  /** Invitation drawn on the 3D view until the first interaction, touch screens. */
  inviteTouch: string;
  /** Invitation drawn on the 3D view until the first interaction, mouse or trackpad. */
  invitePointer: string;
  /** Bottom sheet handle (phones) when it is low: pull up to read. */
  sheetExpand: string;
  /** Bottom sheet handle (phones) when it is up: pull down to see the body. */
  sheetCollapse: string;
  viewsLabel: string;
  viewBack: string;
  viewSide: string;
  viewFront: string;
  viewDeep: string;
  resetView: string;
  close: string;
  chainsLabel: string;
  connectionsHeading: string;
  causesHeading: string;
  selfCareHeading: string;
  cautionHeading: string;
  linksHeading: string;
  /** Shown at the foot of every explanation: results vary, not a diagnosis. */
  disclaimer: string;
  /** `{region}`: selected title; `{list}`: the regions reached, in order. */
  announceSelect: string;
  announceClear: string;
  loading: string;
  errorWebgl: string;
  errorModel: string;
  errorContent: string;
  /** `{id}`: the unknown id. */
  errorRegion: string;
  dismiss: string;
}

export interface LocaleContent {
  ui: UiStrings;
  chains: Record<ChainId, ChainContent>;
  regions: Record<RegionId, RegionContent>;
  links: Record<LinkId, LinkContent>;
}

/** A partial locale, as a content pack supplies it. */
export interface LocalePack {
  ui?: Partial<UiStrings>;
  chains?: Partial<Record<ChainId, Partial<ChainContent>>>;
  regions?: Partial<Record<RegionId, Partial<RegionContent>>>;
  links?: Partial<Record<LinkId, Partial<LinkContent>>>;
}

/** A content pack: `{ "version": 1, "ja": { "regions": { "calf": { "title": "…" } } } }`. */
export interface ContentPack {
  $schema?: string;
  version?: number;
  [lang: string]: LocalePack | number | string | undefined;
}
