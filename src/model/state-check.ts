/**
 * Reading a shared state: validation (a page's own copy, `setState`) and the link's fragment
 * (`#bc=…`), with messages for the webmaster. Apart from `state.ts` so that pages that never
 * read a state do not carry it (the element imports it only then). Pure: no DOM, no three.js.
 */
import { isChainId, isRegionId } from './graph.js';
import { defaultState, DIGITS, MAX_MM, MAX_POINTS, MAX_STROKES, STATE_VERSION, stepOf, VIEW_IDS, type BodyChainState, type StateTarget, type StateView } from './state.js';

export class StateError extends Error {
  override name = 'StateError';
}

const IDS = /^[a-z0-9][a-z0-9-]{0,39}( [a-z0-9][a-z0-9-]{0,39}){0,3}$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

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

