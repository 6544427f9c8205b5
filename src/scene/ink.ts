import {
  CatmullRomCurve3,
  Color,
  Group,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
  TubeGeometry,
  Vector3,
  type BufferGeometry,
  type Object3D,
} from 'three';

/** What ink asks of the scene (BodyScene has it). */
export interface InkSurface {
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
  readonly group = new Group();
  private readonly material: MeshBasicMaterial;
  private strokes: Stroke[] = [];
  private current: Stroke | null = null;

  constructor(
    private readonly surface: InkSurface,
    colour = '#1f5fd6',
  ) {
    this.material = new MeshBasicMaterial({ color: new Color(colour) });
    this.group.name = 'ink';
    this.group.renderOrder = 5;
    surface.addDrawing(this.group);
  }

  setColour(css: string): void {
    try {
      this.material.color.setStyle(css);
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
    this.current = { points: [lifted(hit)], mesh: new Mesh(undefined, this.material) };
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
        points.push(new Vector3(flat[i] / 1000, flat[i + 1] / 1000, flat[i + 2] / 1000));
      }
      if (!points.length) continue;
      const stroke = { points, mesh: new Mesh(undefined, this.material) };
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
    const { points } = stroke;
    stroke.mesh.geometry =
      points.length < 2
        ? new SphereGeometry(RADIUS * 1.2, 10, 8).translate(points[0].x, points[0].y, points[0].z)
        : new TubeGeometry(new CatmullRomCurve3(points, false, 'centripetal'), Math.min(400, points.length * 4), RADIUS, 6, false);
    old?.dispose();
    this.surface.redraw();
  }

  private drop(stroke: Stroke): void {
    this.group.remove(stroke.mesh);
    stroke.mesh.geometry.dispose();
    this.surface.redraw();
  }
}

function lifted(hit: { point: Vector3; normal: Vector3 }): Vector3 {
  return hit.point.clone().addScaledVector(hit.normal, LIFT);
}
