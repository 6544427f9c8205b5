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
  private gesture: 'none' | 'tap' | 'drag' | 'pinch' = 'none';
  private pinchDistance = 0;

  constructor(private readonly handlers: GestureHandlers) {}

  connect(element: HTMLElement): void {
    if (this.element === element) return;
    this.disconnect();
    this.element = element;
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

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
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
    const wasTap = this.gesture === 'tap' && e.timeStamp - p.t < TAP_TIME;
    if (this.pointers.size === 0) this.end();
    else if (this.gesture === 'pinch') this.gesture = 'drag'; // one finger left: carry on turning, never a tap
    if (wasTap) this.handlers.tap(e.clientX, e.clientY, e.pointerType);
  };

  private readonly onPointerCancel = (e: PointerEvent): void => {
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
