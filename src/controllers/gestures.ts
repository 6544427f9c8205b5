/** A pointer is a tap until it moves this far (CSS px). */
const TAP_DISTANCE = 8;
/** …or is held this long (ms). */
const TAP_TIME = 650;

export interface GestureHandlers {
  /** A tap or click at a client point. */
  tap(x: number, y: number, pointerType: string): void;
  /** A drag by dx, dy CSS px (touch: sideways only; vertical swipes scroll the page). */
  drag(dx: number, dy: number): void;
  /** A pinch, or ctrl + wheel on a trackpad: multiply the zoom. */
  zoom(factor: number): void;
}

/** Where a drag in ink mode goes instead (client points): it neither turns the body nor selects. */
export interface InkHandlers {
  start(x: number, y: number): void;
  move(x: number, y: number): void;
  end(): void;
}

interface Pointer {
  x: number;
  y: number;
  startX: number;
  startY: number;
  t: number;
}

/**
 * The 3D view's pointer gestures, as a control in three.js's manner: `connect(element)`,
 * `disconnect()`, `dispose()`. A tap is never taken for a drag (8 px / 650 ms); one finger or
 * the mouse drags; two fingers pinch; a pinch that loses a finger carries on as a drag, never
 * a tap. A plain wheel scrolls the page; ctrl + wheel (a trackpad pinch) zooms.
 */
export class Gestures {
  private element: HTMLElement | null = null;
  private readonly pointers = new Map<number, Pointer>();
  private gesture: 'none' | 'tap' | 'drag' | 'pinch' | 'ink' = 'none';
  private pinchDistance = 0;
  private ink: InkHandlers | null = null;

  constructor(private readonly handlers: GestureHandlers) {}

  connect(element: HTMLElement): void {
    if (this.element === element) return;
    this.disconnect();
    this.element = element;
    if (this.ink) element.style.touchAction = 'none';
    element.addEventListener('pointerdown', this.onPointerDown);
    element.addEventListener('pointermove', this.onPointerMove);
    element.addEventListener('pointerup', this.onPointerUp);
    element.addEventListener('pointercancel', this.onPointerCancel);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('contextmenu', this.onContextMenu);
  }

  disconnect(): void {
    const element = this.element;
    if (!element) return;
    element.removeEventListener('pointerdown', this.onPointerDown);
    element.removeEventListener('pointermove', this.onPointerMove);
    element.removeEventListener('pointerup', this.onPointerUp);
    element.removeEventListener('pointercancel', this.onPointerCancel);
    element.removeEventListener('wheel', this.onWheel);
    element.removeEventListener('contextmenu', this.onContextMenu);
    this.element = null;
    this.end();
  }

  dispose(): void {
    this.disconnect();
  }

  /**
   * Ink mode: with handlers, one finger, stylus or mouse button draws (a second finger is
   * ignored until it lifts) and the page does not scroll under it; null goes back to turning.
   */
  setInk(handlers: InkHandlers | null): void {
    if (this.gesture === 'ink') this.ink?.end();
    this.end();
    this.ink = handlers;
    if (this.element) this.element.style.touchAction = handlers ? 'none' : '';
  }

  get inking(): boolean {
    return this.ink !== null;
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (this.ink) {
      if (this.pointers.size) return;
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, startX: e.clientX, startY: e.clientY, t: e.timeStamp });
      (e.target as Element).setPointerCapture?.(e.pointerId);
      this.gesture = 'ink';
      this.ink.start(e.clientX, e.clientY);
      return;
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, startX: e.clientX, startY: e.clientY, t: e.timeStamp });
    (e.target as Element).setPointerCapture?.(e.pointerId);
    if (this.pointers.size === 1) this.gesture = 'tap';
    else if (this.pointers.size === 2) {
      this.gesture = 'pinch';
      this.pinchDistance = this.spread();
    }
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    if (this.gesture === 'ink') {
      for (const c of e.getCoalescedEvents?.() ?? [e]) this.ink?.move(c.clientX, c.clientY);
      return;
    }
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    p.x = e.clientX;
    p.y = e.clientY;
    if (this.gesture === 'pinch') {
      const spread = this.spread();
      if (this.pinchDistance > 0 && spread > 0) this.handlers.zoom(spread / this.pinchDistance);
      this.pinchDistance = spread;
      return;
    }
    if (this.gesture === 'tap' && Math.hypot(e.clientX - p.startX, e.clientY - p.startY) > TAP_DISTANCE) {
      this.gesture = 'drag';
      this.element?.classList.add('dragging');
    }
    // Touch: only sideways turns the body (vertical swipes scroll the page: touch-action pan-y).
    if (this.gesture === 'drag') this.handlers.drag(dx, e.pointerType === 'touch' ? 0 : dy);
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    this.pointers.delete(e.pointerId);
    if (this.gesture === 'ink') {
      this.ink?.end();
      this.end();
      return;
    }
    const wasTap = this.gesture === 'tap' && e.timeStamp - p.t < TAP_TIME;
    if (this.pointers.size === 0) this.end();
    else if (this.gesture === 'pinch') this.gesture = 'drag'; // one finger left: carry on turning, never a tap
    if (wasTap) this.handlers.tap(e.clientX, e.clientY, e.pointerType);
  };

  private readonly onPointerCancel = (e: PointerEvent): void => {
    if (this.gesture === 'ink') this.ink?.end();
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 0) this.end();
  };

  private readonly onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey) return;
    e.preventDefault();
    this.handlers.zoom(Math.exp(-e.deltaY * 0.01));
  };

  private readonly onContextMenu = (e: Event): void => e.preventDefault();

  private end(): void {
    this.pointers.clear();
    this.gesture = 'none';
    this.element?.classList.remove('dragging');
  }

  private spread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
