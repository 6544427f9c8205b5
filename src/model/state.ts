/**
 * The shared state: what a practitioner shows (view, camera, chain, selection, overlay,
 * language, ink strokes) as a small JSON-safe object, and its compact form in a URL fragment,
 * short enough for a QR code that a phone reads from across a desk. Pure: no DOM, no three.js.
 *
 * Versioned and validated like a content pack: `validateState` takes anything (a page's own
 * copy, a parsed link) and returns a clean state or throws a `StateError` whose message says
 * what was wrong, for the webmaster. Nothing in it is personal: no name, no note, no time.
 *
 * The fragment, `#bc=1~vback~rcalf~cback-line~k180.4.100~lja~i<strokes>`: fields separated by
 * `~`, each a one-letter key and its value, in URL-safe characters only (so chat apps such as
 * LINE keep the link whole): `v` view, `r` region, `c` chain, `k` camera (yaw and pitch in
 * degrees, zoom in hundredths), `o` overlay, `l` language, `e` the element's id (or `n` its
 * index on the page), `i` strokes. Strokes are points in the body's frame in whole millimetres,
 * each stroke its first point and then the steps between points, every number a zigzag
 * variable-length integer in base64url digits (5 bits a digit), strokes separated by `.`.
 */
import { CHAINS, isChainId, isRegionId, type ChainId, type RegionId } from './graph.js';

export const STATE_VERSION = 1;
/** The fragment parameter that carries a state: `#bc=…`. */
export const STATE_PARAM = 'bc';
/** Most strokes, and most points over all strokes, a state may hold (a QR code stays readable). */
export const MAX_STROKES = 16;
export const MAX_POINTS = 400;
/** Coordinates are in millimetres within this reach of the body's origin (between the feet). */
const MAX_MM = 4000;

const VIEW_IDS = ['back', 'side', 'front', 'deep'] as const;
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

export class StateError extends Error {
  override name = 'StateError';
}

export function defaultState(): BodyChainState {
  return { v: 1, view: 'back', camera: { yaw: Math.PI, pitch: 0, zoom: 1 }, chain: null, region: null, step: null, overlay: null, lang: null, strokes: [] };
}

const IDS = /^[a-z0-9][a-z0-9-]{0,39}( [a-z0-9][a-z0-9-]{0,39}){0,3}$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;
const round = (x: number, k: number) => Math.round(x * k) / k;

/** The step of `region` on `chain`, or null. */
export function stepOf(chain: ChainId | null, region: RegionId | null): number | null {
  const stations = CHAINS.find((c) => c.id === chain)?.stations;
  const i = region && stations ? stations.indexOf(region) : -1;
  return i >= 0 ? i : null;
}

/**
 * Checks a state from anywhere (a page's copy, a link) and returns it clean: numbers rounded
 * as a link keeps them, `step` recomputed. Throws a StateError naming every problem.
 */
export function validateState(value: unknown): BodyChainState {
  const problems: string[] = [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new StateError('A state must be an object.');
  const s = value as Record<string, unknown>;
  if (s.v !== STATE_VERSION) problems.push(`version ${JSON.stringify(s.v)} is not ${STATE_VERSION}`);
  const out = defaultState();
  if (s.view !== undefined) {
    if ((VIEW_IDS as readonly unknown[]).includes(s.view)) out.view = s.view as StateView;
    else problems.push(`unknown view ${JSON.stringify(s.view)}`);
  }
  if (s.camera !== undefined) {
    const c = s.camera as Record<string, unknown> | null;
    const num = (x: unknown, lo: number, hi: number) => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;
    if (c && typeof c === 'object' && num(c.yaw, -7, 7) && num(c.pitch, -1.6, 1.6) && num(c.zoom, 0.1, 10)) {
      out.camera = { yaw: Math.atan2(Math.sin(c.yaw as number), Math.cos(c.yaw as number)), pitch: c.pitch as number, zoom: c.zoom as number };
    } else problems.push('camera must be { yaw, pitch, zoom } with numbers in range');
  }
  if (s.chain != null) {
    if (isChainId(s.chain)) out.chain = s.chain;
    else problems.push(`unknown chain ${JSON.stringify(s.chain)}`);
  }
  if (s.region != null) {
    if (isRegionId(s.region)) out.region = s.region;
    else problems.push(`unknown region ${JSON.stringify(s.region)}`);
  }
  if (s.overlay != null) {
    if (typeof s.overlay === 'string' && (s.overlay === '' || IDS.test(s.overlay))) out.overlay = s.overlay || null;
    else problems.push(`overlay ${JSON.stringify(s.overlay)} is not a list of ids`);
  }
  if (s.lang != null) {
    if (typeof s.lang === 'string' && LANG.test(s.lang)) out.lang = s.lang;
    else problems.push(`lang ${JSON.stringify(s.lang)} is not a language tag`);
  }
  if (s.strokes !== undefined) {
    const strokes = s.strokes;
    let points = 0;
    const ok =
      Array.isArray(strokes) &&
      strokes.length <= MAX_STROKES &&
      strokes.every(
        (k) =>
          Array.isArray(k) &&
          k.length >= 3 &&
          k.length % 3 === 0 &&
          (points += k.length / 3) <= MAX_POINTS &&
          k.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_MM),
      );
    if (ok) out.strokes = (strokes as number[][]).map((k) => k.map(Math.round));
    else problems.push(`strokes must be at most ${MAX_STROKES} lists of x, y, z millimetres (${MAX_POINTS} points in all)`);
  }
  if (problems.length) throw new StateError(`The state was not applied: ${problems.join('; ')}.`);
  out.step = stepOf(out.chain, out.region);
  return out;
}

// ------------------------------------------------------------------------------ the fragment

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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

function decodeStroke(text: string): number[] {
  const values: number[] = [];
  let z = 0;
  let scale = 1;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    if (d < 0) throw new StateError(`the strokes hold a character that is not a digit ("${ch}")`);
    z += (d & 31) * scale;
    scale *= 32;
    if (d & 32) continue;
    values.push(z % 2 ? -(z + 1) / 2 : z / 2);
    z = 0;
    scale = 1;
  }
  if (scale !== 1) throw new StateError('a stroke ends in the middle of a number');
  for (let i = 3; i < values.length; i++) values[i] += values[i - 3];
  return values;
}

/** The fragment parameter's value for a state (without `#bc=`). */
export function encodeState(state: BodyChainState, target: StateTarget = {}): string {
  const s = validateState(state);
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

/** Reads a fragment parameter's value (without `#bc=`): the state and the element it names. */
export function decodeState(text: string): { state: BodyChainState; target: StateTarget } {
  const [version, ...fields] = text.split('~');
  if (version !== String(STATE_VERSION)) throw new StateError(`The link's state has version "${version}"; this element reads ${STATE_VERSION}.`);
  const raw: Record<string, unknown> = { v: STATE_VERSION };
  const target: StateTarget = {};
  try {
    for (const field of fields) {
      const key = field[0];
      const value = field.slice(1);
      if (key === 'e') target.id = decodeURIComponent(value);
      else if (key === 'n') target.index = Number(value);
      else if (key === 'v') raw.view = value;
      else if (key === 'r') raw.region = value;
      else if (key === 'c') raw.chain = value;
      else if (key === 'o') raw.overlay = value.replace(/\./g, ' ');
      else if (key === 'l') raw.lang = value;
      else if (key === 'k') {
        const [yaw, pitch, zoom] = value.split('.').map(Number);
        raw.camera = { yaw: (yaw * Math.PI) / 180, pitch: (pitch * Math.PI) / 180, zoom: zoom / 100 };
      } else if (key === 'i') raw.strokes = value.split('.').map(decodeStroke);
      else throw new StateError(`unknown field "${field.slice(0, 12)}"`);
    }
  } catch (e) {
    if (e instanceof URIError) throw new StateError('The link names its element with broken characters.');
    throw e instanceof StateError && !e.message.startsWith('The ') ? new StateError(`The link's state could not be read: ${e.message}.`) : e;
  }
  if (target.index !== undefined && !(Number.isInteger(target.index) && target.index >= 0)) throw new StateError('The link names its element by an index that is not a whole number.');
  return { state: validateState(raw), target };
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
  return { yaw: Math.round(c.yaw / deg) * deg, pitch: Math.round(c.pitch / deg) * deg, zoom: round(c.zoom, 100) };
}
