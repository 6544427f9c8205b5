import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../model/content-types.js';
import { CHAINS, chainsOf, isRegionId, type ChainId, type RegionId } from '../model/graph.js';
import { presentBarTemplate, presentStyles } from '../components/templates/present.js';
import { shareSheetTemplate, shareStyles, ShareSheet } from '../components/templates/share.js';
import { InkController } from './ink-controller.js';

export { InkController };

/** Play walks the chain at a speaking pace: this long on each station (ms). */
export const SPEAKING_PACE = 4500;

/** What present mode asks of its element. */
export interface PresentDelegate {
  /** The selected region ('' for none). */
  selected(): string;
  select(region: RegionId): void;
  offered(): readonly ChainId[];
  ui(): UiStrings;
  regionTitle(region: RegionId): string;
  chainTitle(chain: ChainId): string;
  /** The element's ink, loaded if need be. */
  ink(): InkController;
  /** The link that carries the current state (the share sheet's QR code and copy). */
  stateUrl(): string;
  reducedMotion(): boolean;
}

/**
 * Present mode (`mode="present"`), loaded only when an element is put in it: the step bar for
 * the chain being explained (previous, play at a speaking pace that stops at the chain's end,
 * next; also the arrow keys and a presenter clicker's Page Up / Page Down), ink on the body
 * (toggle, undo, clear), and the share sheet. Its styles are adopted into the element's shadow
 * root while it is on, so pages that never present carry none of it.
 */
export class PresentController implements ReactiveController {
  /** The chain the step bar walks: the selected region's, else the first on offer. */
  chain: ChainId;
  playing = false;
  readonly share: ShareSheet;
  private timer = 0;
  private adopted: CSSStyleSheet[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly delegate: PresentDelegate,
  ) {
    this.chain = delegate.offered()[0] ?? CHAINS[0].id;
    this.share = new ShareSheet(host, () => delegate.stateUrl());
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
    const root = this.host.shadowRoot;
    if (root && !this.adopted.length) {
      this.adopted = [presentStyles, shareStyles].map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...this.adopted];
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    this.stop();
  }

  /** Present mode is left: everything it added goes. */
  dispose(): void {
    this.hostDisconnected();
    this.host.removeController(this);
    const root = this.host.shadowRoot;
    if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !this.adopted.includes(s));
    this.adopted = [];
    this.share.close();
    this.delegate.ink().setActive(false);
  }

  /** The selection changed (from anywhere): follow its chain. */
  selectionChanged(): void {
    const region = this.delegate.selected();
    if (!isRegionId(region)) return;
    const chains = chainsOf(region, this.delegate.offered());
    if (chains.length && !chains.includes(this.chain)) this.chain = chains[0];
  }

  get stations(): readonly RegionId[] {
    return CHAINS.find((c) => c.id === this.chain)?.stations ?? [];
  }

  /** The selected region's place on the chain, or -1. */
  get step(): number {
    return this.stations.indexOf(this.delegate.selected() as RegionId);
  }

  next(): boolean {
    const i = this.step;
    if (i >= this.stations.length - 1) return false;
    this.delegate.select(this.stations[i + 1]);
    return true;
  }

  prev(): void {
    const i = this.step;
    if (i > 0) this.delegate.select(this.stations[i - 1]);
    else if (i < 0 && this.stations.length) this.delegate.select(this.stations[0]);
  }

  /** Walks the chain from here (from its start when at its end or off it), stopping at the end. */
  play(): void {
    if (this.playing) return this.stop();
    if (this.step < 0 || this.step >= this.stations.length - 1) this.delegate.select(this.stations[0]);
    this.playing = true;
    this.host.requestUpdate();
    const tick = () => {
      this.timer = window.setTimeout(() => {
        if (this.next() && this.step < this.stations.length - 1) tick();
        else this.stop();
      }, SPEAKING_PACE);
    };
    tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }

  toggleInk(): void {
    const ink = this.delegate.ink();
    ink.setActive(!ink.active);
    this.host.requestUpdate();
  }

  /**
   * A clicker's Page Down / Page Up and the arrow keys step the chain while the element has the
   * focus, or nothing on the page has it (a presenter's clicker types to the page). Keys typed
   * into a field, a control that uses arrows, or with a modifier, are left alone.
   */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || this.share.open) return;
    const path = e.composedPath();
    const mine = path.includes(this.host);
    if (!mine && document.activeElement && document.activeElement !== document.body) return;
    const target = path[0] as HTMLElement | undefined;
    if (target?.closest?.('input, textarea, select, [contenteditable]')) return;
    const forward = e.key === 'PageDown' || e.key === 'ArrowRight';
    const back = e.key === 'PageUp' || e.key === 'ArrowLeft';
    if (!forward && !back) return;
    e.preventDefault();
    this.stop();
    if (forward) this.next();
    else this.prev();
  };

  render() {
    const d = this.delegate;
    const ui = d.ui();
    const step = this.step;
    const ink = d.ink();
    return [
      presentBarTemplate({
        ui,
        chainTitle: d.chainTitle(this.chain),
        regionTitle: step >= 0 ? d.regionTitle(this.stations[step]) : '',
        step,
        total: this.stations.length,
        playing: this.playing,
        inking: ink.active,
        strokes: ink.count,
        prev: () => (this.stop(), this.prev()),
        next: () => (this.stop(), this.next()),
        play: () => this.play(),
        toggleInk: () => this.toggleInk(),
        undo: () => (ink.undo(), this.host.requestUpdate()),
        clear: () => (ink.clear(), this.host.requestUpdate()),
        openShare: (e: Event) => this.share.show(e.currentTarget as HTMLElement),
      }),
      shareSheetTemplate(this.share, ui),
    ];
  }
}
