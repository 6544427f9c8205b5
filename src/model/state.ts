/**
 * The shared state: what a practitioner shows (view, camera, chain, selection, overlay,
 * language, ink strokes) as a small JSON-safe object, and its compact form in a URL fragment,
 * short enough for a QR code that a phone reads from across a desk. Pure: no DOM, no three.js.
 *
 * Versioned and validated like a content pack: `validateState` (in `state-check.ts`, loaded only
 * when a link or a page's state is read) takes anything and returns a clean state or throws a
 * `StateError` whose message says what was wrong, for the webmaster. This file is what every
 * page carries: the format and the encoder. Nothing in a state is personal: no name, no note, no time.
 *
 * The fragment, `#bc=1~vback~rcalf~cback-line~k180.4.100~lja~i<strokes>`: fields separated by
 * `~`, each a one-letter key and its value, in URL-safe characters only (so chat apps such as
 * LINE keep the link whole): `v` view, `r` region, `c` chain, `k` camera (yaw and pitch in
 * degrees, zoom in hundredths), `o` overlay, `l` language, `e` the element's id (or `n` its
 * index on the page), `i` strokes. Strokes are points in the body's frame in whole millimetres,
 * each stroke its first point and then the steps between points, every number a zigzag
 * variable-length integer in base64url digits (5 bits a digit), strokes separated by `.`.
 */
import { CHAINS, type ChainId, type RegionId } from './graph.js';

export const STATE_VERSION = 1;
/** The fragment parameter that carries a state: `#bc=…`. */
export const STATE_PARAM = 'bc';
/** Most strokes, and most points over all strokes, a state may hold (a QR code stays readable). */
export const MAX_STROKES = 16;
export const MAX_POINTS = 400;
/** Coordinates are in millimetres within this reach of the body's origin (between the feet). */
export const MAX_MM = 4000;

export const VIEW_IDS = ['back', 'side', 'front', 'deep'] as const;
export type StateView = (typeof VIEW_IDS)[number];

export interface BodyChainState {
  /** Format version (1). */
  v: 1;
  view: StateView;
  /** Yaw and pitch in radians (yaw 0 looks at the face), zoom 1 is the view's framing. */
  camera: { yaw: number; pitch: number; zoom: number };
  /** The chain the step bar walks, or null. */
  chain: ChainId | null;
  region: RegionId | null;
  /** The region's place on `chain` (0 is its first station), or null. */
  step: number | null;
  /** The overlays shown: space-separated overlay ids (e.g. `bladder-meridian`), or null. */
  overlay: string | null;
  /** The language the texts were shown in, or null for the page's. */
  lang: string | null;
  /** Ink strokes: each a flat list x, y, z, x, y, z… in whole millimetres in the body's frame. */
  strokes: number[][];
}

/** Which element of the page a link is for: its id, or its index among the page's elements. */
export interface StateTarget {
  id?: string;
  index?: number;
}

export function defaultState(): BodyChainState {
  return { v: 1, view: 'back', camera: { yaw: Math.PI, pitch: 0, zoom: 1 }, chain: null, region: null, step: null, overlay: null, lang: null, strokes: [] };
}

/** The step of `region` on `chain`, or null. */
export function stepOf(chain: ChainId | null, region: RegionId | null): number | null {
  const stations = CHAINS.find((c) => c.id === chain)?.stations;
  const i = region && stations ? stations.indexOf(region) : -1;
  return i >= 0 ? i : null;
}

// ------------------------------------------------------------------------------ the fragment

export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function putInt(n: number, out: string[]): void {
  let z = n < 0 ? -2 * n - 1 : 2 * n; // zigzag: small magnitudes, small numbers
  do {
    const bits = z & 31;
    z = Math.floor(z / 32);
    out.push(DIGITS[bits | (z > 0 ? 32 : 0)]);
  } while (z > 0);
}

function encodeStroke(k: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < k.length; i++) putInt(i < 3 ? k[i] : k[i] - k[i - 3], out);
  return out.join('');
}

/** The fragment parameter's value for a valid state (without `#bc=`; see state-check.ts). */
export function encodeState(s: BodyChainState, target: StateTarget = {}): string {
  const f: string[] = [String(STATE_VERSION)];
  if (target.id) f.push(`e${encodeURIComponent(target.id).replace(/~/g, '%7E')}`);
  else if (target.index) f.push(`n${target.index}`);
  f.push(`v${s.view}`);
  if (s.region) f.push(`r${s.region}`);
  if (s.chain) f.push(`c${s.chain}`);
  const deg = (a: number) => Math.round((a * 180) / Math.PI);
  f.push(`k${deg(s.camera.yaw)}.${deg(s.camera.pitch)}.${Math.round(s.camera.zoom * 100)}`);
  if (s.overlay) f.push(`o${s.overlay.replace(/ /g, '.')}`);
  if (s.lang) f.push(`l${s.lang}`);
  if (s.strokes.length) f.push(`i${s.strokes.map(encodeStroke).join('.')}`);
  return f.join('~');
}

/** The `bc` parameter of a URL fragment (`#bc=…`, also among `&`-separated ones), or null. */
export function stateParam(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part.startsWith(`${STATE_PARAM}=`)) return part.slice(STATE_PARAM.length + 1);
  }
  return null;
}

/** A URL with the state in its fragment (replacing a `bc` parameter; other fragment text is dropped). */
export function urlWithState(base: string, state: BodyChainState, target: StateTarget = {}): string {
  const url = new URL(base);
  url.hash = `${STATE_PARAM}=${encodeState(state, target)}`;
  return url.href;
}

/** Rounds a state as a link would carry it (so getState() equals the state a link gives back). */
export function roundCamera(c: { yaw: number; pitch: number; zoom: number }): { yaw: number; pitch: number; zoom: number } {
  const deg = Math.PI / 180;
  return { yaw: Math.round(c.yaw / deg) * deg, pitch: Math.round(c.pitch / deg) * deg, zoom: Math.round(c.zoom * 100) / 100 };
}
