import type { Gestures } from './gestures.js';
import type { BodyScene } from './stage-controller.js';
import { InkLayer } from '../scene/ink.js';

/**
 * Ink's pointer routing and life (loaded only when present mode or a shared link with strokes
 * needs it): while ink is on, a drag on the 3D view draws on the body (through the gesture
 * control's ink mode, so it neither turns the camera nor selects); the strokes stay with the
 * element when its scene is made again (removal and re-insertion) and are given to the scene
 * as soon as it exists.
 */
export class InkController {
  /** Whether drags draw (present mode's ink toggle). */
  active = false;
  private layer: InkLayer | null = null;
  private scene: BodyScene | null = null;
  /** The strokes while there is no scene to hold them (whole mm, as a shared state keeps them). */
  private pending: number[][] = [];

  constructor(
    private readonly canvas: () => HTMLCanvasElement,
    private readonly gestures: Gestures,
    private readonly currentScene: () => BodyScene | null,
    /** A stroke was added or removed (the element sends a state-change). */
    private readonly changed: () => void,
    private readonly colour: () => string,
  ) {}

  /** Gives the strokes to the element's scene once it exists (or exists again). */
  sync(): void {
    const scene = this.currentScene();
    if (scene === this.scene) return;
    if (this.layer) this.pending = this.layer.toMillimetres();
    this.layer = null;
    this.scene = scene;
    if (!scene) return;
    this.layer = new InkLayer(scene, this.colour() || undefined);
    this.layer.fromMillimetres(this.pending);
    this.pending = [];
  }

  setActive(on: boolean): void {
    this.active = on;
    this.gestures.setInk(
      on
        ? {
            start: (x, y) => {
              this.sync();
              const r = this.canvas().getBoundingClientRect();
              this.layer?.begin(x - r.left, y - r.top);
            },
            move: (x, y) => {
              const r = this.canvas().getBoundingClientRect();
              this.layer?.move(x - r.left, y - r.top);
            },
            end: () => {
              this.layer?.end();
              this.changed();
            },
          }
        : null,
    );
  }

  get count(): number {
    return this.layer ? this.layer.count : this.pending.length;
  }

  undo(): void {
    if (this.layer) this.layer.undo();
    else this.pending.pop();
    this.changed();
  }

  clear(): void {
    this.layer?.clear();
    this.pending = [];
    this.changed();
  }

  toMillimetres(): number[][] {
    return this.layer ? this.layer.toMillimetres() : this.pending.map((s) => [...s]);
  }

  fromMillimetres(strokes: readonly (readonly number[])[]): void {
    this.sync();
    if (this.layer) this.layer.fromMillimetres(strokes);
    else this.pending = strokes.map((s) => [...s]);
  }

  dispose(): void {
    this.setActive(false);
    this.layer?.dispose();
    this.layer = null;
    this.scene = null;
  }
}
