import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A drag on the sheet's header this far (CSS px) pulls it up or down. */
const SHEET_DRAG = 24;

export type SheetDetent = 'peek' | 'full';

/**
 * The explanation's bottom sheet on narrow screens: low (`peek`: the title, the structures and
 * one line, so the chain stays in sight above it) or pulled up to read (`full`). A drag on its
 * header moves it to the detent the drag points to; a tap on the header, or Enter on its handle,
 * toggles it. On wide screens the panel is a side panel and the detent changes nothing.
 */
export class SheetController implements ReactiveController {
  detent: SheetDetent = 'peek';
  private press: { y: number; moved: boolean } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to low, as every new selection starts: the wave is seen first. */
  lower(): void {
    this.set('peek');
  }

  /** Pulled up to read (a shared link's take-home view opens so, the self-care in reach). */
  raise(): void {
    this.set('full');
  }

  get full(): boolean {
    return this.detent === 'full';
  }

  readonly onClick = (e: MouseEvent): void => {
    const press = this.press;
    this.press = null;
    if ((e.target as Element).closest('.close')) return;
    // A pointer's click counts only when it was pressed here and did not drag: the tap on the
    // body that opened the sheet can end in a click on the sheet that appeared under the finger.
    if (e.detail > 0 && (!press || press.moved)) return;
    this.set(this.full ? 'peek' : 'full');
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    this.press = { y: e.clientY, moved: false };
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const press = this.press;
    if (!press) return;
    const dy = e.clientY - press.y;
    if (Math.abs(dy) < SHEET_DRAG) return;
    press.moved = true;
    this.set(dy < 0 ? 'full' : 'peek');
  };

  readonly onPointerCancel = (): void => {
    this.press = null;
  };

  private set(detent: SheetDetent): void {
    if (detent === this.detent) return;
    this.detent = detent;
    this.host.requestUpdate();
  }
}
