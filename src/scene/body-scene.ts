import {
  Box3,
  BufferGeometry,
  Color,
  DirectionalLight,
  Float32BufferAttribute,
  Group,
  HemisphereLight,
  Mesh,
  MeshPhongMaterial,
  Raycaster,
  Scene,
  Vector2,
  Vector3,
  type Material,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { REGIONS, type RegionKind } from '../model/atlas.js';
import { arrivedGuarding, CHAINS, isRegionId, type RegionId } from '../model/graph.js';
import type { PropagationStep } from '../model/propagation.js';
import { CameraRig } from './camera-rig.js';
import { yieldToPage } from './context.js';
import { DEFAULT_GUARDING_COLOUR, DEFAULT_TENSION_COLOUR, paintPart, parseColour } from './highlight.js';
import { acquireModel, releaseModel } from './load-model.js';
import type { Renderable, SharedRenderer } from './renderer.js';
import { isLayerId, layerOfRegion, PICK_OPACITY, VIEW_PRESETS, type LayerId, type ViewId, type ViewPreset } from './views.js';

interface Part {
  mesh: Mesh;
  material: MeshPhongMaterial;
  layer: LayerId;
  region: RegionId | null;
  base: Color;
  /** The overlay it belongs to (a meridian's line or points): drawn only while that is on. */
  overlay: string | null;
}

/** How long the highlight takes to rise at each region once the tension arrives. */
const RISE_MS = 420;
/** How far around a missed tap to look for a region, in CSS pixels. */
const TAP_SLOP = 14;
/** Around a point regionPoint() prefers, a tap this far off still takes the region (CSS px). */
const NUDGES = [[2, 0], [-2, 0], [0, 2], [0, -2]] as const;
/**
 * Small targets: a meridian's points, and ligaments seen as a thin strip (the SI joint beside the
 * sacrum, the sole from behind). A tap near their anchor's mark takes them before the larger
 * muscle around them.
 */
const SMALL_KINDS: ReadonlySet<RegionKind> = new Set(['point', 'ligament']);
/** A small target is taken this near its mark, even with a mouse (CSS px). */
const POINT_SLOP = 8;
/** Room kept around the lit regions when the camera frames a chain (metres). */
const FRAME_MARGIN = 0.05;
/** A chain is never framed closer than this half-height (metres), so it keeps its context. */
const MIN_FRAME_HALF_HEIGHT = 0.22;
/** A view that shows a layer faintly brings the selected chain's stations in it up to this. */
const CHAIN_OPACITY = 0.6;

const _ndc = new Vector2();
const _v = new Vector3();
const _box = new Box3();

/**
 * One element's three.js scene: the body, its materials and highlight, the camera rig,
 * picking and projection. It never renders itself; the shared renderer draws it.
 *
 * Past 400 lines because one class holds what the element asks of its 3D view (views, the
 * selection's framing and highlight, overlays, picking, ink's surface queries). The colour ramp
 * is already in highlight.ts; picking and projection (pick, regionPoint, surfacePoint) are the
 * next part to move into a module of their own.
 */
export class BodyScene implements Renderable {
  readonly scene = new Scene();
  readonly rig = new CameraRig();
  /**
   * The few three.js classes ink draws with (see ink.ts), handed over so that ink, loaded only
   * for present mode and shared links, imports nothing of three.js itself: a chunk of its own
   * importing three.js would split three.js out of this one.
   */
  readonly three = { BufferGeometry, Color, Float32BufferAttribute, Group, Mesh, MeshPhongMaterial, Vector3 };
  visible = false;
  loaded = false;
  /** Waiting for the first frame of the model shown now (see whenDrawn). */
  private drawnCallbacks: (() => void)[] = [];
  /** Whether the model shown now has been drawn. */
  private modelDrawn = false;

  private root: Object3D | null = null;
  private parts: Part[] = [];
  private anchors = new Map<RegionId, Vector3>();
  private view: ViewId = 'back';
  /** The selected region; while a bottom sheet covers the view, its lit chain is framed. */
  private focus: RegionId | null = null;
  /** The lit stations of the chains the selected region is on: what a phone keeps in sight. */
  private chain = new Set<RegionId>();
  /** The overlays shown (see setOverlays). */
  private overlays = new Set<string>();
  private regionBounds = new Map<RegionId, Box3>();
  /** What the selection lit: each region's intensity, arrival and whether it guards (see highlight.ts). */
  private highlight = new Map<RegionId, { intensity: number; delay: number; guarding: boolean }>();
  private highlightStart = 0;
  private animateHighlight = false;
  private readonly colours = { tension: new Color(DEFAULT_TENSION_COLOUR), guarding: new Color(DEFAULT_GUARDING_COLOUR) };
  private modelUrl: string | null = null;
  private cssWidth = 1;
  private cssHeight = 1;
  private insets = { top: 0, bottom: 0 };
  private readonly raycaster = new Raycaster();
  private warmUpMaterials: Material[] = [];
  /** While the warm-up's programs compile (in parallel), frames wait: see warmUp(). */
  private compiling = false;
  private disposed = false;
  private renderer: SharedRenderer | null = null;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly onContext: (lost: boolean) => void,
  ) {
    const { camera } = this.rig;
    this.scene.add(new HemisphereLight(0xf4f1ec, 0x6b6258, 1.6));
    const key = new DirectionalLight(0xffffff, 2.2);
    key.position.set(0.6, 1.2, 1);
    camera.add(key); // the key light follows the viewer, so every view is lit
    const rim = new DirectionalLight(0xdfe8ff, 0.8);
    rim.position.set(-1, 0.6, -1.2);
    camera.add(rim);
    this.scene.add(camera);
    this.rig.setView(VIEW_PRESETS.back, false);
  }

  /**
   * Compiles the two shader programs the body uses (opaque and translucent parts) while the
   * model is still on its way, so the first frame does not wait for them (in parallel, through
   * KHR_parallel_shader_compile, where the browser has it). Stand-in meshes with the same kind
   * of material and the same attributes ask for the programs the real materials will use.
   */
  async warmUp(renderer: WebGLRenderer): Promise<void> {
    if (this.loaded || this.warmUpMaterials.length) return;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 0, 0.01, 0, 0.01, 0, 0], 3));
    geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
    // The materials stay until dispose(): disposing them would delete the programs.
    this.warmUpMaterials = [new MeshPhongMaterial(), new MeshPhongMaterial({ transparent: true, opacity: 0.5, depthWrite: false })];
    const stand = this.warmUpMaterials.map((m) => new Mesh(geometry, m));
    this.scene.add(...stand);
    // Both start compiling at once; the stand-ins leave before any frame could draw them.
    const parallel = renderer.extensions.has('KHR_parallel_shader_compile');
    const ready = parallel ? renderer.compileAsync(this.scene, this.rig.camera) : renderer.compile(this.scene, this.rig.camera);
    this.scene.remove(...stand);
    geometry.dispose();
    // No frame until they are linked: a draw would wait for the compiler, blocking the page.
    this.compiling = true;
    try {
      await ready;
      // A program's first use reads its uniform and attribute locations back from the GPU
      // process: a call that waits for it (20-50 ms under Lighthouse here). Done now, each in a
      // task of its own, the first frame does not also carry those waits.
      for (const program of renderer.info.programs ?? []) {
        await yieldToPage();
        if (this.disposed) return;
        program.getUniforms();
      }
    } finally {
      this.compiling = false;
      this.queueFrame();
    }
  }

  /** Loads a model and puts it in the scene; the caller then asks for its frame (queueFrame). */
  async load(url: string): Promise<void> {
    const root = await acquireModel(url);
    await yieldToPage(); // the model's materials and bounds in a task of their own
    if (this.disposed) {
      releaseModel(url);
      return;
    }
    if (this.modelUrl !== null) releaseModel(this.modelUrl);
    this.modelUrl = url;
    this.setModel(root);
  }

  /** Shows a model, replacing the one shown before (the preview, or an earlier model-src). */
  private setModel(root: Object3D): void {
    if (this.root) this.scene.remove(this.root);
    this.root = root;
    this.modelDrawn = false;
    this.disposeMaterials();
    this.parts = [];
    this.anchors.clear();
    root.updateMatrixWorld(true);
    root.traverse((node) => {
      const data = node.userData as { region?: unknown; layer?: unknown; anchor?: unknown; overlay?: unknown };
      if (isRegionId(data.anchor)) this.anchors.set(data.anchor, node.getWorldPosition(new Vector3()));
      if (!(node instanceof Mesh)) return;
      const region = isRegionId(data.region) ? data.region : null;
      const layer: LayerId | null = region ? layerOfRegion(region) : isLayerId(data.layer) ? data.layer : null;
      if (!layer) return;
      const source = node.material as Material & { color?: Color; roughness?: number };
      // Blinn-Phong rather than physically based: the same matte look here (no environment map),
      // with shaders that compile several times faster and cost less per pixel on phones.
      const material = new MeshPhongMaterial({
        color: source.color ?? new Color(0xcccccc),
        specular: layer === 'skin' ? 0x141414 : 0x262626,
        shininess: layer === 'skin' ? 12 : 24,
      });
      material.name = source.name;
      node.material = material;
      const overlay = typeof data.overlay === 'string' ? data.overlay : null;
      this.parts.push({ mesh: node, material, layer, region, base: material.color.clone(), overlay });
    });
    this.regionBounds.clear();
    for (const part of this.parts) {
      if (!part.region) continue;
      const box = new Box3().setFromObject(part.mesh);
      this.regionBounds.get(part.region)?.union(box) ?? this.regionBounds.set(part.region, box);
    }
    // Regions without an anchor node aim at the middle of their meshes.
    for (const [region, box] of this.regionBounds) {
      if (!this.anchors.has(region)) this.anchors.set(region, box.getCenter(new Vector3()));
    }
    this.scene.add(root);
    this.loaded = true;
    this.applyView();
    this.applyHighlight(performance.now());
    // No frame yet: the element asks for it once its own updates for the new model are made,
    // so that both reach the screen in one frame (queueFrame).
  }

  setView(view: ViewId, animate: boolean): void {
    this.view = view;
    this.rig.setView({ ...VIEW_PRESETS[view], frame: this.frame() }, animate);
    this.applyView();
    this.queueFrame();
  }

  /**
   * Shows a selection: the propagation lights up (travelling outwards with `animate`, otherwise
   * at once), and where a bottom sheet covers part of the view the camera frames every lit
   * region in the space the sheet leaves. One call per selection; the scene queues its frames.
   */
  setSelection(region: RegionId | null, steps: readonly PropagationStep[], animate: boolean): void {
    this.focus = region;
    this.highlight = new Map(
      steps.map((s) => [s.region, { intensity: s.intensity, delay: s.delay, guarding: arrivedGuarding(s) }]),
    );
    this.chain.clear();
    for (const chain of CHAINS) {
      if (!region || !chain.stations.includes(region)) continue;
      for (const station of chain.stations) if (this.highlight.has(station)) this.chain.add(station);
    }
    this.applyView();
    this.highlightStart = performance.now();
    this.animateHighlight = animate;
    this.applyHighlight(this.highlightStart);
    this.rig.setFrame(this.frame(), animate);
    this.queueFrame();
  }

  /**
   * What to frame: the view's preset; or, while a bottom sheet covers the lower part of the
   * view (phones) and a region is selected, the lit stations of its chains that this view
   * shows, so the whole chain the tension travels stays in sight above the sheet.
   */
  private frame(): ViewPreset['frame'] {
    const preset = VIEW_PRESETS[this.view];
    if (!this.focus || this.insets.bottom < 1) return preset.frame;
    _box.makeEmpty();
    for (const region of this.chain) {
      const bounds = this.regionBounds.get(region);
      if (bounds && this.opacityOf(region, layerOfRegion(region)) >= PICK_OPACITY) _box.union(bounds);
    }
    if (_box.isEmpty()) return preset.frame;
    const centre = (_box.min.y + _box.max.y) / 2;
    const half = Math.max(MIN_FRAME_HALF_HEIGHT, (_box.max.y - _box.min.y) / 2 + FRAME_MARGIN);
    const reach = Math.max(-_box.min.x, _box.max.x, -_box.min.z, _box.max.z);
    return { bottom: centre - half, top: centre + half, halfWidth: Math.max(0.2, reach + FRAME_MARGIN) };
  }

  resetView(animate: boolean): void {
    this.setView(this.view, animate);
  }

  /** The page's colours for the travelling tension and for guarding (CSS colours; '' keeps the default). */
  setHighlightColours(tension: string, guarding: string): void {
    const next = { tension: parseColour(tension), guarding: parseColour(guarding) };
    let changed = false;
    for (const key of ['tension', 'guarding'] as const) {
      const colour = next[key];
      if (!colour || colour.equals(this.colours[key])) continue;
      this.colours[key].copy(colour);
      changed = true;
    }
    if (!changed) return;
    this.applyHighlight(performance.now());
    this.queueFrame();
  }

  /** Sets the CSS size, device pixel ratio and the strips covered by the interface (CSS px). */
  setSize(width: number, height: number, pixelRatio: number, insets = { top: 0, bottom: 0 }): void {
    const w = Math.max(1, Math.round(width * pixelRatio));
    const h = Math.max(1, Math.round(height * pixelRatio));
    // The element measures after each of its updates: nothing to do when nothing moved (the
    // selection and the view frame themselves).
    const same =
      this.canvas.width === w && this.canvas.height === h && this.cssWidth === Math.max(1, width) && this.cssHeight === Math.max(1, height);
    if (same && this.insets.top === insets.top && this.insets.bottom === insets.bottom) return;
    this.cssWidth = Math.max(1, width);
    this.cssHeight = Math.max(1, height);
    this.insets = insets;
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.rig.setSize(this.cssWidth, this.cssHeight, insets);
    this.rig.setFrame(this.frame(), true);
    this.queueFrame();
  }

  /** Rotates by a drag of dx, dy CSS pixels. */
  drag(dx: number, dy: number): void {
    const perPixel = (Math.PI * 1.2) / Math.max(320, this.cssWidth);
    this.rig.orbit(-dx * perPixel, dy * perPixel);
    this.queueFrame();
  }

  zoom(factor: number): void {
    this.rig.zoomBy(factor);
    this.queueFrame();
  }

  /**
   * The region drawn at a point (CSS px inside the canvas), looking a little around a miss. An
   * overlay's points and thin ligaments are small targets: one in sight within `slop` of the
   * point wins, the nearest, so that a fingertip can take it.
   */
  pick(x: number, y: number, slop = TAP_SLOP, accept: (region: RegionId) => boolean = () => true): RegionId | null {
    const hit = this.pickExact(x, y);
    // Over a muscle (or nothing), a small target near the finger wins; over a bone or ligament,
    // what is under the finger does (the sacrum is the pelvis, though the SI joint is beside it).
    if (!hit || REGIONS[hit].kind === 'muscle') {
      const small = this.nearestPoint(x, y, Math.max(slop, POINT_SLOP), accept);
      if (small) return small;
    }
    if (hit !== undefined) return hit;
    let best: { region: RegionId; d: number } | null = null;
    for (const r of [slop / 2, slop]) {
      for (let k = 0; k < 8; k++) {
        const a = (k / 8) * Math.PI * 2;
        const region = this.pickExact(x + Math.cos(a) * r, y + Math.sin(a) * r);
        if (region && (!best || r < best.d)) best = { region, d: r };
      }
      if (best) return best.region;
    }
    return null;
  }

  /** The small target in sight nearest to a point (CSS px inside the canvas), within `slop`. */
  private nearestPoint(x: number, y: number, slop: number, accept: (region: RegionId) => boolean): RegionId | null {
    let best: { region: RegionId; d: number } | null = null;
    const seen = new Set<RegionId>();
    for (const part of this.parts) {
      const region = part.region;
      if (!region || seen.has(region) || !part.mesh.visible || !SMALL_KINDS.has(REGIONS[region].kind) || !accept(region)) continue;
      seen.add(region);
      // Where it is drawn in sight (its mark, or a point of its strip), near enough to the tap.
      const screen = this.regionPoint(region, (p) => Math.hypot(p.x - x, p.y - y) <= slop);
      if (!screen) continue;
      const d = Math.hypot(screen.x - x, screen.y - y);
      if (!best || d < best.d) best = { region, d };
    }
    return best?.region ?? null;
  }

  /**
   * Where a region is drawn and can be seen right now, in CSS pixels inside the canvas,
   * or null. Tries the region's anchor, then points of its surface.
   */
  regionPoint(region: RegionId, accept: (p: { x: number; y: number }) => boolean = () => true): { x: number; y: number } | null {
    if (!this.loaded) return null;
    const anchor = this.anchors.get(region);
    const candidates: Vector3[] = anchor ? [anchor] : [];
    for (const part of this.parts) {
      if (part.region !== region) continue;
      const pos = part.mesh.geometry.getAttribute('position');
      const step = Math.max(1, Math.floor(pos.count / 40));
      for (let i = 0; i < pos.count; i += step) {
        candidates.push(new Vector3().fromBufferAttribute(pos, i).applyMatrix4(part.mesh.matrixWorld));
      }
    }
    // Best a point where a fingertip a little off still takes the region (thin regions: the SI
    // joint's ligaments, the sciatic between the hamstrings); else any point where it is drawn.
    // On a muscle, a point where a small target near it would take a finger's tap (pick) is
    // not the muscle's: the erector's lower end beside the SI joint's mark.
    const muscle = REGIONS[region].kind === 'muscle';
    let fallback: { x: number; y: number } | null = null;
    for (const point of candidates) {
      const screen = this.project(point);
      if (!screen || !accept(screen) || this.pickExact(screen.x, screen.y) !== region) continue;
      if (muscle && this.nearestPoint(screen.x, screen.y, TAP_SLOP, () => true)) continue;
      if (NUDGES.every(([dx, dy]) => this.pickExact(screen.x + dx, screen.y + dy) === region)) return screen;
      fallback ??= screen;
    }
    return fallback;
  }

  private project(point: Vector3): { x: number; y: number } | null {
    _v.copy(point).project(this.rig.camera);
    if (_v.z < -1 || _v.z > 1) return null;
    const x = ((_v.x + 1) / 2) * this.cssWidth;
    const y = ((1 - _v.y) / 2) * this.cssHeight;
    const margin = 2;
    if (x < margin || y < margin || x > this.cssWidth - margin || y > this.cssHeight - this.insets.bottom - margin) return null;
    return { x, y };
  }

  /**
   * The body's outer surface under a point (CSS px inside the canvas): where a stroke of ink
   * lies, in the body's frame (the scene's: the body stands still and the camera orbits it),
   * with the surface's normal there; null off the body. Every part drawn counts, the skin too.
   */
  surfacePoint(x: number, y: number): { point: Vector3; normal: Vector3 } | null {
    if (!this.loaded) return null;
    _ndc.set((x / this.cssWidth) * 2 - 1, 1 - (y / this.cssHeight) * 2);
    this.raycaster.setFromCamera(_ndc, this.rig.camera);
    const meshes = this.parts.filter((p) => p.mesh.visible).map((p) => p.mesh);
    const [hit] = this.raycaster.intersectObjects(meshes, false);
    if (!hit?.face) return null;
    const normal = hit.face.normal.clone().transformDirection(hit.object.matrixWorld);
    // Facing the camera, whatever the mesh's winding.
    if (normal.dot(this.raycaster.ray.direction) > 0) normal.negate();
    return { point: hit.point.clone(), normal };
  }

  /** Where a point of the body's frame is drawn, in CSS px inside the canvas (null behind the camera). */
  projectPoint(point: Vector3): { x: number; y: number } | null {
    _v.copy(point).project(this.rig.camera);
    if (_v.z < -1 || _v.z > 1) return null;
    return { x: ((_v.x + 1) / 2) * this.cssWidth, y: ((1 - _v.y) / 2) * this.cssHeight };
  }

  /** Adds something drawn with the body, in its frame (ink): it turns with the body. */
  addDrawing(object: Object3D): void {
    this.scene.add(object);
    this.queueFrame();
  }

  removeDrawing(object: Object3D): void {
    this.scene.remove(object);
    this.queueFrame();
  }

  /** Asks for a frame after a drawing added with addDrawing() changed. */
  redraw(): void {
    this.queueFrame();
  }

  /** The camera's direction and zoom, as a shared state keeps them. */
  get cameraState(): { yaw: number; pitch: number; zoom: number } {
    return this.rig.state;
  }

  /** Turns the camera to a direction and zoom (a shared state), from the current view's framing. */
  setCameraState(pose: { yaw: number; pitch: number; zoom: number }): void {
    this.rig.setPose(pose);
    this.queueFrame();
  }

  /** The first tappable thing under the point: a region, null for an occluder, undefined for nothing. */
  private pickExact(x: number, y: number): RegionId | null | undefined {
    if (!this.loaded || y > this.cssHeight - this.insets.bottom) return undefined;
    _ndc.set((x / this.cssWidth) * 2 - 1, 1 - (y / this.cssHeight) * 2);
    this.raycaster.setFromCamera(_ndc, this.rig.camera);
    const targets = this.parts.filter((p) => p.mesh.visible && p.layer !== 'skin' && p.material.opacity >= PICK_OPACITY);
    const [hit] = this.raycaster.intersectObjects(
      targets.map((p) => p.mesh),
      false,
    );
    if (!hit) return undefined;
    return this.parts.find((p) => p.mesh === hit.object)?.region ?? null;
  }

  /**
   * How opaque a part is drawn in this view: its layer's opacity, except that the selected
   * chain's stations in a faintly shown layer come forward (in the deep view, the back-line
   * stations the psoas reaches), so the whole chain can be seen and tapped.
   */
  private opacityOf(region: RegionId | null, layer: LayerId): number {
    const o = VIEW_PRESETS[this.view].opacity[layer];
    return region && this.chain.has(region) && o > 0.01 && o < PICK_OPACITY ? CHAIN_OPACITY : o;
  }

  /** Shows the overlays named (their lines and points), hiding every other: hidden, nothing of them can be tapped. */
  setOverlays(on: readonly string[]): void {
    if (on.length === this.overlays.size && on.every((o) => this.overlays.has(o))) return;
    this.overlays = new Set(on);
    this.applyView();
    this.queueFrame();
  }

  private applyView(): void {
    for (const part of this.parts) {
      const o = this.opacityOf(part.region, part.layer);
      const m = part.material;
      part.mesh.visible = o > 0.01 && (!part.overlay || this.overlays.has(part.overlay));
      const transparent = o < 0.99;
      if (m.transparent !== transparent) m.needsUpdate = true;
      m.transparent = transparent;
      m.opacity = o;
      m.depthWrite = !transparent;
      // Translucent shells draw after what they cover.
      part.mesh.renderOrder = part.layer === 'skin' ? 3 : transparent ? 2 : 0;
    }
  }

  /** Sets each region's colour for the highlight at time `now`; true while it still rises. */
  private applyHighlight(now: number): boolean {
    const elapsed = now - this.highlightStart;
    let rising = false;
    for (const part of this.parts) {
      const { material, base } = part;
      const h = part.region ? this.highlight.get(part.region) : undefined;
      // How far the tension has arrived here (0 → 1, eased), and how strong it is.
      let arrived = 0;
      if (h) {
        const t = this.animateHighlight ? (elapsed - h.delay) / RISE_MS : 1;
        if (t < 1) rising = true;
        const k = Math.min(1, Math.max(0, t));
        arrived = k * k * (3 - 2 * k);
      }
      paintPart(material, base, arrived, h?.intensity ?? 0, h?.guarding ? this.colours.guarding : this.colours.tension);
    }
    return rising;
  }

  tick(now: number): boolean {
    const camera = this.rig.update(now);
    const highlight = this.animateHighlight && this.applyHighlight(now);
    return camera || highlight;
  }

  draw(renderer: WebGLRenderer): void {
    if (this.compiling) return; // warmUp() queues the frame when the programs are ready
    renderer.setClearColor(0x000000, 0);
    renderer.clear();
    renderer.render(this.scene, this.rig.camera);
    if (this.loaded && !this.modelDrawn) {
      this.modelDrawn = true;
      // After the renderer has copied this frame to the element's canvas.
      for (const done of this.drawnCallbacks.splice(0)) queueMicrotask(done);
    }
  }

  /** Calls `done` once the model shown now has been drawn: after its first frame, or at once if that is past. */
  whenDrawn(done: () => void): void {
    if (this.modelDrawn) queueMicrotask(done);
    else this.drawnCallbacks.push(done);
  }

  attach(renderer: SharedRenderer | null): void {
    this.renderer = renderer;
  }

  /** Asks the shared renderer for a frame (it draws when the element is on screen). */
  queueFrame(): void {
    this.renderer?.queue(this);
  }

  contextChanged(lost: boolean): void {
    this.onContext(lost);
  }

  private disposeMaterials(): void {
    for (const part of this.parts) part.material.dispose();
  }

  /** Frees this element's materials and its share of the model's geometry. */
  dispose(): void {
    this.disposed = true;
    this.disposeMaterials();
    for (const m of this.warmUpMaterials) m.dispose();
    this.warmUpMaterials = [];
    this.parts = [];
    this.loaded = false;
    this.scene.clear();
    if (this.modelUrl !== null) releaseModel(this.modelUrl);
    this.modelUrl = null;
  }
}
