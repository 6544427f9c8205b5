import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { Vector3 } from 'three';
import type { BodyChain } from '../../src/components/body-chain.component.js';
import type { BodyChainState } from '../../src/model/state.js';
import { BACK_LINE, cleanup, colourAt, colourDistance, emulate, fullLoad, mount, once, settle, swipe, tap, TABLET } from './helpers.js';
import { executeServerCommand } from '@web/test-runner-commands';

declare const axe: typeof import('axe-core');
declare global {
  interface Window {
    jsQR?: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
  }
}

/** The default ink colour (#1f5fd6). */
const INK = [31, 95, 214];

type Scene = {
  projectPoint(p: Vector3): { x: number; y: number } | null;
  pick(x: number, y: number, slop?: number): string | null;
  surfacePoint(x: number, y: number): { point: Vector3 } | null;
  cameraState: { yaw: number; pitch: number; zoom: number };
};
const sceneOf = (el: BodyChain) => (el as unknown as { stage3D: { scene: Scene } }).stage3D.scene;
const part = (el: BodyChain, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const centre = (node: Element) => {
  const r = node.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

async function until<T>(what: () => T | null | undefined | false, label: string, ms = 20_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = what();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function mountPresent(attrs: Record<string, string> = {}) {
  await emulate(TABLET);
  const el = await mount({ mode: 'present', lang: 'ja', ...attrs });
  await until(() => part(el, 'step-next'), 'the step bar');
  el.scrollIntoView({ block: 'start' });
  await settle(300);
  return el;
}

/** Where a stroke's stored point (mm, body frame) is drawn now, in client px. */
function strokePoint(el: BodyChain, stroke: number[], i: number) {
  const scene = sceneOf(el);
  const p = scene.projectPoint(new Vector3(stroke[3 * i] / 1000, stroke[3 * i + 1] / 1000, stroke[3 * i + 2] / 1000));
  const rect = el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
  return p && { x: rect.left + p.x, y: rect.top + p.y, local: p };
}

async function loadJsQR() {
  if (window.jsQR) return window.jsQR;
  // UMD, not a module: a classic script sets window.jsQR.
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/jsqr/dist/jsQR.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
  return window.jsQR!;
}

/**
 * Decodes the QR code on screen (a screenshot of its place on the page). A screenshot can be
 * taken before the sheet's first paint has reached the window (WebKitGTK under Xvfb, now and
 * then), so a shot that does not decode is taken again after a frame, up to four times; a code
 * that is wrong on screen still fails every time.
 */
async function decodeOnScreen(img: Element): Promise<string | null> {
  for (let attempt = 0; attempt < 4; attempt++) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 250 * attempt)));
    const text = await decodeShot(img);
    if (text !== null) return text;
  }
  return null;
}

async function decodeShot(img: Element): Promise<string | null> {
  const r = img.getBoundingClientRect();
  const clip = { x: Math.floor(r.left) - 8 + scrollX, y: Math.floor(r.top) - 8 + scrollY, width: Math.ceil(r.width) + 16, height: Math.ceil(r.height) + 16 };
  const url = await executeServerCommand<string, typeof clip>('device:screenshot', clip);
  const bitmap = await createImageBitmap(await (await fetch(url!)).blob());
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  return (await loadJsQR())(data, width, height)?.data ?? null;
}

describe('present mode on a tablet (1024×1366, touch)', () => {
  afterEach(cleanup);

  it('steps through the back line with the step bar and with the keyboard', async () => {
    const el = await mountPresent({ selected: 'sole' });
    expect(el.getAttribute('mode')).to.equal('present');
    for (const name of ['step-prev', 'step-next', 'step-play', 'ink', 'share']) {
      const r = part(el, name)!.getBoundingClientRect();
      expect(Math.min(r.width, r.height), `${name} target`).to.be.at.least(56);
    }
    // A real tap on "next": from the sole to the calf.
    await tap(centre(part(el, 'step-next')!));
    await el.updateComplete;
    expect(el.selected).to.equal('calf');
    // The keyboard: → and Page Down forward, ← and Page Up back (a presenter's clicker).
    part(el, 'step-next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.selected).to.equal('hamstrings');
    await sendKeys({ press: 'PageDown' });
    expect(el.selected).to.equal('pelvis');
    await sendKeys({ press: 'PageUp' });
    expect(el.selected).to.equal('hamstrings');
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.selected).to.equal('calf');
    // Enter on the focused button is a click, as for any keyboard user.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('hamstrings');
    // To the end: "next" is then disabled, and one more press changes nothing.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(el.selected).to.equal('skull');
    expect(part(el, 'step-next')!.hasAttribute('disabled')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.present .count')!.textContent).to.equal(`${BACK_LINE.length} / ${BACK_LINE.length}`);
  });

  it('play walks on at a speaking pace and stops at the end of the chain', async () => {
    const el = await mountPresent({ selected: 'erector-spinae' });
    await tap(centre(part(el, 'step-play')!));
    await el.updateComplete;
    expect(part(el, 'step-play')!.textContent).to.contain('一時停止');
    await new Promise((r) => setTimeout(r, 3000));
    expect(el.selected, 'not before a sentence or two').to.equal('erector-spinae');
    await until(() => el.selected === 'skull', 'the next station', 4000);
    await settle(600);
    await el.updateComplete;
    expect(part(el, 'step-play')!.textContent, 'stopped at the end').to.contain('順に再生');
    expect(el.selected).to.equal('skull');
  });

  it('a stroke drawn on the calf lies on it, turns with the body, and a drag in ink mode neither turns nor selects', async () => {
    const el = await mountPresent({ selected: 'calf' });
    await settle(1500);
    const changes: BodyChainState[] = [];
    el.addEventListener('state-change', (e) => changes.push((e as CustomEvent<BodyChainState>).detail));
    await tap(centre(part(el, 'ink')!));
    await el.updateComplete;
    expect(part(el, 'ink')!.getAttribute('aria-pressed')).to.equal('true');
    const yaw = sceneOf(el).cameraState.yaw;
    const calf = el.regionPoint('calf')!;
    // A real touch drag down the calf.
    await swipe({ x: calf.x - 6, y: calf.y - 24 }, { x: calf.x + 6, y: calf.y + 24 }, 12);
    await settle(400);
    expect(sceneOf(el).cameraState.yaw, 'the camera did not turn').to.be.closeTo(yaw, 1e-6);
    expect(el.selected, 'nothing else was selected').to.equal('calf');
    const [stroke] = el.getState().strokes;
    expect(stroke, 'a stroke').to.not.equal(undefined);
    expect(stroke.length / 3, 'points along it').to.be.at.least(3);
    await until(() => changes.some((s) => s.strokes.length === 1), 'a state-change with the stroke', 3000);
    const middle = Math.floor(stroke.length / 6);
    const before = strokePoint(el, stroke, middle)!;
    expect(sceneOf(el).pick(before.local.x, before.local.y, 0), 'the stroke lies on the calf').to.equal('calf');
    const inkBefore = await colourAt(before);
    expect(colourDistance(inkBefore, INK), `ink colour on screen (rgb ${inkBefore.slice(0, 3).map(Math.round)})`).to.be.lessThan(70);

    // Ink off: a sideways swipe turns the body, and the stroke turns with it.
    await tap(centre(part(el, 'ink')!));
    await el.updateComplete;
    const hips = el.regionPoint('hamstrings')!;
    await swipe({ x: hips.x - 60, y: hips.y }, { x: hips.x + 60, y: hips.y }, 10);
    await settle(600);
    expect(Math.abs(sceneOf(el).cameraState.yaw - yaw), 'the body turned').to.be.greaterThan(0.2);
    const after = strokePoint(el, stroke, middle)!;
    expect(Math.hypot(after.x - before.x, after.y - before.y), 'drawn somewhere else now').to.be.greaterThan(8);
    // Still where it was drawn on the calf: the body's surface under its new place on screen is
    // the very point it was drawn on (tissue over the calf, e.g. its aponeurosis, may be what a
    // tap would pick from this side).
    const stored = new Vector3(stroke[3 * middle] / 1000, stroke[3 * middle + 1] / 1000, stroke[3 * middle + 2] / 1000);
    const under = sceneOf(el).surfacePoint(after.local.x, after.local.y);
    expect(under, 'the body under the stroke').to.not.equal(null);
    expect(under!.point.distanceTo(stored) * 1000, 'mm from where it was drawn').to.be.lessThan(12);
    const inkAfter = await colourAt(after);
    expect(colourDistance(inkAfter, INK), `ink colour after the turn (rgb ${inkAfter.slice(0, 3).map(Math.round)})`).to.be.lessThan(70);

    // Undo and clear.
    expect(part(el, 'ink-undo')!.hasAttribute('disabled')).to.equal(false);
    part(el, 'ink-undo')!.click();
    await el.updateComplete;
    expect(el.getState().strokes).to.deep.equal([]);
  });

  it('shares: the QR code on screen decodes to exactly stateUrl(), and the link opens the same view on a phone', async () => {
    const el = await mountPresent({ selected: 'sole' });
    await tap(centre(part(el, 'step-next')!));
    await tap(centre(part(el, 'ink')!));
    await settle(1500);
    const calf = el.regionPoint('calf')!;
    await swipe({ x: calf.x, y: calf.y - 20 }, { x: calf.x + 4, y: calf.y + 20 }, 10);
    await tap(centre(part(el, 'ink')!));
    await settle(300);
    const state = el.getState();
    expect(state.region).to.equal('calf');
    expect(state.chain).to.equal('back-line');
    expect(state.step).to.equal(1);
    expect(state.strokes.length).to.equal(1);

    await tap(centre(part(el, 'share')!));
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const qr = await until(() => el.shadowRoot!.querySelector('img[part="qr"]'), 'the QR code');
    await (qr as HTMLImageElement).decode();
    expect(dialog.open).to.equal(true);
    const url = el.stateUrl();
    const decoded = await decodeOnScreen(qr);
    expect(decoded).to.equal(url);
    console.log(`stateUrl ${url.length} chars, QR version ${qr.getAttribute('data-version')}, ${qr.getBoundingClientRect().width} px`);
    // Escape closes the sheet; focus goes back to the share button.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'share'));

    // The same link on a phone: a fresh page, 390 × 844.
    const home = el.stateUrl(new URL('/test/browser/fixtures/take-home.html', location.href).href);
    expect(new URL(home).hash).to.equal(new URL(decoded!).hash);
    cleanup();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;left:0;top:0;width:390px;height:844px;border:0';
    document.body.append(frame);
    try {
      await new Promise((r) => ((frame.onload = r), (frame.src = home)));
      const phone = await until(() => frame.contentDocument!.querySelector('body-chain') as BodyChain | null, 'the element');
      await fullLoad(phone);
      await settle(1500);
      await phone.updateComplete;
      const got = phone.getState();
      expect(got.region).to.equal('calf');
      expect(got.view).to.equal(state.view);
      expect(got.chain).to.equal('back-line');
      expect(got.strokes).to.deep.equal(state.strokes);
      expect(got.camera.yaw).to.be.closeTo(state.camera.yaw, 0.02);
      expect(phone.getAttribute('mode'), 'the take-home view explores').to.not.equal('present');
      const root = phone.shadowRoot!;
      expect(root.querySelector('[part="shared-note"]')?.textContent).to.contain('共有');
      expect(root.querySelector('#panel-title')?.textContent).to.equal('ふくらはぎ');
      // The stroke is drawn on the phone too, in the ink colour.
      const scene = (phone as unknown as { stage3D: { scene: Scene } }).stage3D.scene;
      const s = got.strokes[0];
      const m = Math.floor(s.length / 6);
      const local = scene.projectPoint(new Vector3(s[3 * m] / 1000, s[3 * m + 1] / 1000, s[3 * m + 2] / 1000))!;
      const canvas = root.querySelector('canvas')!.getBoundingClientRect();
      const onPhone = { x: canvas.left + local.x, y: canvas.top + local.y };
      expect(onPhone.y, 'the stroke is above the sheet').to.be.lessThan(root.querySelector('.panel')!.getBoundingClientRect().top);
      const colour = await colourAt(onPhone);
      expect(colourDistance(colour, INK), `ink on the phone (rgb ${colour.slice(0, 3).map(Math.round)})`).to.be.lessThan(70);
      // One tap from the note to the self-care: the sheet pulled up at that section.
      const toCare = root.querySelector<HTMLElement>('[part="shared-self-care"]')!;
      await tap(centre(toCare));
      await settle(900);
      expect(root.querySelector('.handle')!.getAttribute('aria-expanded'), 'the sheet is pulled up').to.equal('true');
      const care = [...root.querySelectorAll('.panel-body h3')].find((h) => h.textContent === 'ご自宅でできること')!;
      const box = care.getBoundingClientRect();
      const seen = root.elementFromPoint(box.left + 20, box.top + box.height / 2);
      expect(seen === care || care.contains(seen), `the self-care heading in sight (at ${Math.round(box.top)}: ${seen?.tagName})`).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('passes axe in present mode, idle, with a region open, and with the share sheet open', async () => {
    const el = await mountPresent();
    const serious = async () =>
      (await axe.run(el.parentElement!, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).to.deep.equal([]);
    el.selected = 'calf';
    await el.updateComplete;
    expect(await serious()).to.deep.equal([]);
    part(el, 'share')!.click();
    await until(() => el.shadowRoot!.querySelector('img[part="qr"]'), 'the QR code');
    expect(await serious()).to.deep.equal([]);
  });
});

describe('shared links', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a malformed link: an error event for the webmaster, the defaults for the patient', async () => {
    await emulate(TABLET);
    history.replaceState(null, '', `${location.pathname}${location.search}#bc=1~vsideways~rnose`);
    const errors: { kind: string; message: string }[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('error', listener);
    try {
      const el = await mount({ lang: 'ja' });
      expect(errors.map((e) => e.kind)).to.deep.equal(['state']);
      expect(errors[0].message).to.match(/sideways/);
      expect(el.view).to.equal('back');
      expect(el.selected).to.equal('');
      expect(el.shadowRoot!.querySelector('.message'), 'no alarm for the patient').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="shared-note"]')).to.equal(null);
      el.selected = 'calf';
      await el.updateComplete;
      expect(el.selected, 'still works').to.equal('calf');
    } finally {
      document.removeEventListener('error', listener);
    }
  });

  it('with several elements, only the one the link names applies it', async () => {
    await emulate(TABLET);
    const first = await mount({ lang: 'ja' });
    history.replaceState(null, '', `${location.pathname}${location.search}#bc=1~n1~vside~rhamstrings`);
    const second = await mount({ lang: 'ja' }, { waitForLoad: false });
    const third = await mount({ lang: 'ja' }, { waitForLoad: false });
    await until(() => second.selected === 'hamstrings', 'the named element to apply the link', 5000);
    await second.updateComplete;
    expect(first.selected).to.equal('');
    expect(second.view).to.equal('side');
    expect(third.selected).to.equal('');
  });

  it('setState refuses a broken state with an error and keeps the view; getState round-trips', async () => {
    await emulate(TABLET);
    const el = await mount({ lang: 'ja', selected: 'pelvis' });
    const error = once<CustomEvent<{ kind: string }>>(el, 'error');
    expect(await el.setState({ v: 1, region: 'nose' })).to.equal(false);
    expect((await error).detail.kind).to.equal('state');
    expect(el.selected).to.equal('pelvis');
    const state = { ...el.getState(), region: 'calf' as const, view: 'side' as const };
    expect(await el.setState(state)).to.equal(true);
    await el.updateComplete;
    await settle(900);
    expect(el.selected).to.equal('calf');
    expect(el.view).to.equal('side');
    expect(JSON.parse(JSON.stringify(el.getState())).region).to.equal('calf');
  });
});
