import type { ChainId, LinkId, RegionId } from './graph.js';

/** Languages the component ships default content for. Packs may add others. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Current content schema version. Packs without `version` are read as version 1.
 * Version 2 added graded cautions (`cautions`); version-1 packs, with a plain `caution`
 * string, are still accepted (see `RegionContent.caution`).
 */
export const CONTENT_VERSION = 2;

/**
 * How urgent a warning sign is, most urgent first:
 * `119` call an ambulance now; `today` go to a hospital today; `soon` see a doctor soon.
 */
export const URGENCIES = ['119', 'today', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The one label for the clinics' explanatory models (the psoas–kidney reflex, cerebrospinal
 * fluid and "brain fatigue", nerves pulled from the legs, harm from releasing guarding muscles
 * first). Every text that presents one of them carries this sentence, word for word; the
 * content checker looks for it.
 */
export const MODEL_LABEL = {
  ja: 'これは一部の施術者による説明で、医学的に確かめられた仕組みではありません。',
  en: 'This is how some practitioners explain it, not established physiology.',
} as const;

/** One warning sign and what to do about it. */
export interface Caution {
  urgency: Urgency;
  /** The sign, as a reader would notice it, e.g. 「片方のふくらはぎが腫れて痛む」. */
  text: string;
}

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
  /** Warning signs that belong to this region, each graded by urgency (version 2). */
  cautions?: Caution[];
  /**
   * Version 1: a plain "see a doctor" text without urgency. Still accepted; it is shown as a
   * note under the graded cautions (it does not replace them). New packs use `cautions`.
   */
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
  /** Legend over the 3D view while guarding is lit: the travelling tension's colour… */
  legendTension: string;
  /** …and guarding's (muscles tightening to protect a joint, not tension passed on). */
  legendGuarding: string;
  /** The toolbar's toggle for the bladder meridian overlay, and the heading of its points' panels. */
  overlayBladderMeridian: string;
  /** A point's panel: the heading over the back-line station it lies on. */
  pointStationHeading: string;
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
  /** Heading of the warning signs for which to call an ambulance (119) at once. */
  caution119: string;
  /** Heading of the warning signs for which to go to a hospital today. */
  cautionToday: string;
  /** Heading of the warning signs for which to see a doctor soon. */
  cautionSoon: string;
  linksHeading: string;
  /** Shown at the foot of every explanation: results vary, not a diagnosis. */
  disclaimer: string;
  /** `{region}`: selected title; `{list}`: the regions reached, in order. */
  announceSelect: string;
  announceClear: string;
  loading: string;
  errorWebgl: string;
  errorModel: string;
  /** No longer shown to patients (content errors go to the console and the `error` event); kept for packs. */
  errorContent: string;
  /** `{id}`: the unknown id. */
  errorRegion: string;
  dismiss: string;
  /** Present mode: the step bar's group label. */
  stepsLabel: string;
  stepPrev: string;
  stepNext: string;
  /** Walks the chain at a speaking pace, stopping at its end. */
  stepPlay: string;
  stepPause: string;
  /** Present mode: turns drawing on the body on and off. */
  inkToggle: string;
  inkUndo: string;
  inkClear: string;
  /** Opens the share sheet (QR code, copy, send) to hand the view to the patient's phone. */
  share: string;
  shareHeading: string;
  /** Under the QR code: how to open it on a phone. */
  shareScan: string;
  /** Text alternative of the QR code. */
  shareQrAlt: string;
  shareCopy: string;
  shareCopied: string;
  /** The device's own share sheet (LINE, mail…), where the browser has one. */
  shareSend: string;
  /** That the link holds no personal data and nothing is sent. */
  sharePrivacy: string;
  shareClose: string;
  /** Shown on a view opened from a shared link. A clinic may name itself here. */
  sharedFromClinic: string;
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

/** A content pack: `{ "version": 2, "ja": { "regions": { "calf": { "title": "…" } } } }`. */
export interface ContentPack {
  $schema?: string;
  version?: number;
  [lang: string]: LocalePack | number | string | undefined;
}
