// Types only: the classes come from the scene (InkSurface.three), so this module, loaded for
// present mode and shared links, adds nothing of three.js to any chunk.
import type { BufferGeometry, Group, Mesh, MeshPhongMaterial, Object3D, Vector3 } from 'three';

type Three = typeof import('three');
/** The three.js classes ink draws with, from the scene's own copy of three.js. */
export type InkThree = Pick<Three, 'BufferGeometry' | 'Color' | 'Float32BufferAttribute' | 'Group' | 'Mesh' | 'MeshPhongMaterial' | 'Vector3'>;

/** What ink asks of the scene (BodyScene has it). */
export interface InkSurface {
  readonly three: InkThree;
  surfacePoint(x: number, y: number): { point: Vector3; normal: Vector3 } | null;
  addDrawing(object: Object3D): void;
  removeDrawing(object: Object3D): void;
  redraw(): void;
}

/** A point is kept when it is this far (metres) from the last one kept: about a fingertip's tremor. */
const SPACING = 0.006;
/** The stroke lies this far out from the surface (metres), so the skin never covers it. */
const LIFT = 0.004;
/** About 5 px wide on a phone showing the whole body, 9 px on a tablet. */
const RADIUS = 0.006;
/** Most points in one stroke, and most strokes (as a shared state allows). */
const MAX_STROKE_POINTS = 120;
const MAX_STROKES = 16;

interface Stroke {
  points: Vector3[];
  mesh: Mesh;
}

/**
 * Ink on the body: strokes drawn with a finger or a stylus, laid on the body's surface (each
 * point is where the screen point meets the body, a little out along the surface's normal) and
 * kept in the body's frame, so they turn with the body. Drawn as tubes of one colour, unlit,
 * over everything they lie on. Undo, clear; strokes as whole millimetres for a shared state.
 * Nothing is stored anywhere: the strokes live as long as the element, unless shared.
 */
export class InkLayer {
  readonly group: Group;
  private readonly three: InkThree;
  private readonly material: MeshPhongMaterial;
  private strokes: Stroke[] = [];
  private current: Stroke | null = null;

  constructor(
    private readonly surface: InkSurface,
    colour = '#1f5fd6',
  ) {
    // Unlit, one flat colour: Phong (the program the body already compiled, so ink adds no
    // shader to the 3D chunk) with no diffuse and no specular light, only its emissive colour.
    const three = (this.three = surface.three);
    this.group = new three.Group();
    this.material = new three.MeshPhongMaterial({ color: 0x000000, specular: 0x000000, shininess: 0, emissive: new three.Color(colour) });
    this.group.name = 'ink';
    this.group.renderOrder = 5;
    surface.addDrawing(this.group);
  }

  setColour(css: string): void {
    try {
      this.material.emissive.setStyle(css);
    } catch {
      return;
    }
    this.surface.redraw();
  }

  get count(): number {
    return this.strokes.length;
  }

  /** Starts a stroke at a point of the canvas (CSS px); false if the point is off the body. */
  begin(x: number, y: number): boolean {
    this.end();
    if (this.strokes.length >= MAX_STROKES) return false;
    const hit = this.surface.surfacePoint(x, y);
    if (!hit) return false;
    this.current = { points: [lifted(hit)], mesh: new this.three.Mesh(undefined, this.material) };
    this.current.mesh.renderOrder = 5;
    this.strokes.push(this.current);
    this.group.add(this.current.mesh);
    this.rebuild(this.current);
    return true;
  }

  /** Carries the stroke on to a point of the canvas; off the body, the point is skipped. */
  move(x: number, y: number): void {
    const stroke = this.current;
    if (!stroke || stroke.points.length >= MAX_STROKE_POINTS) return;
    const hit = this.surface.surfacePoint(x, y);
    if (!hit) return;
    const p = lifted(hit);
    if (p.distanceTo(stroke.points[stroke.points.length - 1]) < SPACING) return;
    stroke.points.push(p);
    this.rebuild(stroke);
  }

  end(): void {
    this.current = null;
  }

  undo(): void {
    this.end();
    const stroke = this.strokes.pop();
    if (stroke) this.drop(stroke);
  }

  clear(): void {
    this.end();
    for (const stroke of this.strokes) this.drop(stroke);
    this.strokes = [];
  }

  /** The strokes as flat lists x, y, z… in whole millimetres (a shared state's form). */
  toMillimetres(): number[][] {
    return this.strokes.map((s) => s.points.flatMap((p) => [Math.round(p.x * 1000), Math.round(p.y * 1000), Math.round(p.z * 1000)]));
  }

  /** Replaces the strokes with those of a shared state. */
  fromMillimetres(strokes: readonly (readonly number[])[]): void {
    this.clear();
    for (const flat of strokes.slice(0, MAX_STROKES)) {
      const points: Vector3[] = [];
      for (let i = 0; i + 2 < flat.length && points.length < MAX_STROKE_POINTS; i += 3) {
        points.push(new this.three.Vector3(flat[i] / 1000, flat[i + 1] / 1000, flat[i + 2] / 1000));
      }
      if (!points.length) continue;
      const stroke = { points, mesh: new this.three.Mesh(undefined, this.material) };
      stroke.mesh.renderOrder = 5;
      this.strokes.push(stroke);
      this.group.add(stroke.mesh);
      this.rebuild(stroke);
    }
  }

  dispose(): void {
    this.clear();
    this.surface.removeDrawing(this.group);
    this.material.dispose();
  }

  private rebuild(stroke: Stroke): void {
    const old = stroke.mesh.geometry as BufferGeometry | undefined;
    stroke.mesh.geometry = tube(this.three, stroke.points, RADIUS);
    old?.dispose();
    this.surface.redraw();
  }

  private drop(stroke: Stroke): void {
    this.group.remove(stroke.mesh);
    stroke.mesh.geometry.dispose();
    this.surface.redraw();
  }
}

const SIDES = 8;

/**
 * A tube through the points (a dot for one point), rings of SIDES vertices carried along the
 * stroke by parallel transport (no twist where the stroke turns upright), closed at both ends.
 * Built here rather than with three's TubeGeometry and curves, which the 3D chunk does not
 * otherwise hold.
 */
function tube(three: InkThree, input: readonly Vector3[], radius: number): BufferGeometry {
  const [_t, _n, _b, _d] = [new three.Vector3(), new three.Vector3(), new three.Vector3(), new three.Vector3()];
  const points = input.length > 1 ? input : [input[0], input[0].clone().add(new three.Vector3(0, radius * 0.5, 0))];
  const n = points.length;
  const position: number[] = [];
  const normal: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < n; i++) {
    _t.subVectors(points[Math.min(n - 1, i + 1)], points[Math.max(0, i - 1)]).normalize();
    if (i === 0) {
      _n.set(0, 1, 0);
      if (Math.abs(_n.dot(_t)) > 0.9) _n.set(1, 0, 0);
    }
    _n.addScaledVector(_t, -_n.dot(_t)).normalize();
    _b.crossVectors(_t, _n);
    for (let k = 0; k < SIDES; k++) {
      const a = (k / SIDES) * Math.PI * 2;
      _d.copy(_n).multiplyScalar(Math.cos(a)).addScaledVector(_b, Math.sin(a));
      position.push(points[i].x + _d.x * radius, points[i].y + _d.y * radius, points[i].z + _d.z * radius);
      normal.push(_d.x, _d.y, _d.z);
      if (i > 0) {
        const j = (k + 1) % SIDES;
        const p = (i - 1) * SIDES;
        const q = i * SIDES;
        index.push(p + k, p + j, q + k, p + j, q + j, q + k); // outward-facing
      }
    }
  }
  // End caps: a fan around each end's centre.
  for (const [i, sign] of [[0, -1], [n - 1, 1]] as const) {
    const centre = position.length / 3;
    _t.subVectors(points[Math.min(n - 1, i + 1)], points[Math.max(0, i - 1)]).normalize().multiplyScalar(sign);
    position.push(points[i].x, points[i].y, points[i].z);
    normal.push(_t.x, _t.y, _t.z);
    for (let k = 0; k < SIDES; k++) {
      const a = i * SIDES + k;
      const b = i * SIDES + ((k + 1) % SIDES);
      if (sign < 0) index.push(centre, b, a);
      else index.push(centre, a, b);
    }
  }
  const geometry = new three.BufferGeometry();
  geometry.setAttribute('position', new three.Float32BufferAttribute(position, 3));
  geometry.setAttribute('normal', new three.Float32BufferAttribute(normal, 3));
  geometry.setIndex(index);
  return geometry;
}

function lifted(hit: { point: Vector3; normal: Vector3 }): Vector3 {
  return hit.point.clone().addScaledVector(hit.normal, LIFT);
}
