import { MathUtils, PerspectiveCamera } from 'three';
import type { ViewPreset } from './views.js';

interface Pose {
  yaw: number;
  pitch: number;
  /** 1 = the preset's framing; larger is closer. */
  zoom: number;
  bottom: number;
  top: number;
  halfWidth: number;
}

const FOV = 28;
const TWEEN_MS = 750;
const MIN_ZOOM = 0.8;
const MAX_ZOOM = 4;
const MAX_PITCH = 0.7;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Wraps an angle to (-π, π]. */
const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

/**
 * An orbit camera around the body's vertical axis. View presets are reached with a
 * short eased tween; direct manipulation (drag, pinch) moves it at once.
 */
export class CameraRig {
  readonly camera = new PerspectiveCamera(FOV, 1, 0.05, 30);
  private pose: Pose = { yaw: Math.PI, pitch: 0, zoom: 1, bottom: 0, top: 1.7, halfWidth: 0.4 };
  private from: Pose | null = null;
  private to: Pose | null = null;
  private tweenStart = 0;
  private width = 1;
  private height = 1;
  private insetTop = 0;
  private insetBottom = 0;

  /**
   * Sets the drawing size in pixels, with strips at the top and bottom covered by the
   * interface (a toolbar, a bottom sheet): the preset frames the body between them.
   */
  setSize(width: number, height: number, insets = { top: 0, bottom: 0 }): void {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.insetBottom = MathUtils.clamp(insets.bottom, 0, this.height * 0.6);
    this.insetTop = MathUtils.clamp(insets.top, 0, this.height * 0.25);
    this.apply();
  }

  /** Moves to a preset, eased over a moment, or at once with `animate` false. */
  setView(preset: ViewPreset, animate: boolean, now = performance.now()): void {
    const goal: Pose = { yaw: preset.yaw, pitch: preset.pitch, zoom: 1, ...preset.frame };
    if (!animate) {
      this.pose = goal;
      this.from = this.to = null;
    } else {
      this.from = { ...this.pose, yaw: wrap(this.pose.yaw) };
      // Take the short way round.
      goal.yaw = this.from.yaw + wrap(goal.yaw - this.from.yaw);
      this.to = goal;
      this.tweenStart = now;
    }
    this.apply();
  }

  /** Frames another part of the body from the same direction, eased or at once. */
  setFrame(frame: ViewPreset['frame'], animate: boolean, now = performance.now()): void {
    const goal = this.to ?? this.pose;
    if (goal.bottom === frame.bottom && goal.top === frame.top && goal.halfWidth === frame.halfWidth) return;
    const { yaw, pitch } = goal;
    this.setView({ yaw, pitch, frame } as ViewPreset, animate, now);
  }

  /** Rotates by the given angles, at once (a drag). */
  orbit(dYaw: number, dPitch: number): void {
    this.finishTween();
    this.pose.yaw = wrap(this.pose.yaw + dYaw);
    this.pose.pitch = MathUtils.clamp(this.pose.pitch + dPitch, -MAX_PITCH, MAX_PITCH);
    this.apply();
  }

  /** Sets the direction and zoom at once, keeping the framing (a shared state). */
  setPose(pose: { yaw: number; pitch: number; zoom: number }): void {
    this.finishTween();
    this.pose.yaw = wrap(pose.yaw);
    this.pose.pitch = MathUtils.clamp(pose.pitch, -MAX_PITCH, MAX_PITCH);
    this.pose.zoom = MathUtils.clamp(pose.zoom, MIN_ZOOM, MAX_ZOOM);
    this.apply();
  }

  /** Multiplies the zoom, at once (a pinch). */
  zoomBy(factor: number): void {
    this.finishTween();
    this.pose.zoom = MathUtils.clamp(this.pose.zoom * factor, MIN_ZOOM, MAX_ZOOM);
    this.apply();
  }

  /** Advances the tween; true while it still moves. */
  update(now: number): boolean {
    if (!this.from || !this.to) return false;
    const t = Math.min(1, (now - this.tweenStart) / TWEEN_MS);
    const k = ease(t);
    const a = this.from;
    const b = this.to;
    // In place: this runs every frame of a tween and allocates nothing.
    const pose = this.pose;
    pose.yaw = a.yaw + (b.yaw - a.yaw) * k;
    pose.pitch = a.pitch + (b.pitch - a.pitch) * k;
    pose.zoom = a.zoom + (b.zoom - a.zoom) * k;
    pose.bottom = a.bottom + (b.bottom - a.bottom) * k;
    pose.top = a.top + (b.top - a.top) * k;
    pose.halfWidth = a.halfWidth + (b.halfWidth - a.halfWidth) * k;
    if (t >= 1) this.from = this.to = null;
    this.apply();
    return t < 1;
  }

  /** The rig's state, for serialising (hand-off links). */
  get state(): { yaw: number; pitch: number; zoom: number } {
    const { yaw, pitch, zoom } = this.to ?? this.pose;
    return { yaw: wrap(yaw), pitch, zoom };
  }

  private finishTween(): void {
    if (this.to) this.pose = { ...this.to };
    this.from = this.to = null;
  }

  private apply(): void {
    const { camera, width, height, insetTop, insetBottom, pose } = this;
    const visibleHeight = height - insetTop - insetBottom;
    camera.aspect = width / visibleHeight;
    // The preset frame fills the uncovered part; the covered strips are drawn too.
    camera.setViewOffset(width, visibleHeight, 0, -insetTop, width, height);
    const tanHalf = Math.tan(MathUtils.degToRad(FOV / 2));
    const frameHeight = pose.top - pose.bottom;
    const fit = Math.max(frameHeight / 2 / tanHalf, pose.halfWidth / (tanHalf * camera.aspect));
    const distance = (fit * 1.08 + 0.2) / pose.zoom;
    const centreY = (pose.top + pose.bottom) / 2;
    const cosPitch = Math.cos(pose.pitch);
    camera.position.set(
      Math.sin(pose.yaw) * cosPitch * distance,
      centreY + Math.sin(pose.pitch) * distance,
      Math.cos(pose.yaw) * cosPitch * distance,
    );
    camera.lookAt(0, centreY, 0);
    camera.near = Math.max(0.02, distance - 1.5);
    camera.far = distance + 1.5;
    camera.updateProjectionMatrix();
  }
}
