import { css, html, nothing } from 'lit';
import type { UiStrings } from '../../model/content-types.js';

export interface PresentBarParams {
  ui: UiStrings;
  chainTitle: string;
  regionTitle: string;
  /** The selected region's place on the chain (0-based), or -1. */
  step: number;
  total: number;
  playing: boolean;
  inking: boolean;
  strokes: number;
  prev(): void;
  next(): void;
  play(): void;
  toggleInk(): void;
  undo(): void;
  clear(): void;
  openShare(e: Event): void;
}

/**
 * Present mode's bar under the 3D view: the step bar for the chain being explained (previous,
 * play / pause, next, and where on the chain we are), ink (draw, undo, clear) and share.
 * Targets are 56 px: a practitioner taps them while talking, often without looking.
 */
export function presentBarTemplate(p: PresentBarParams) {
  const { ui } = p;
  const atStart = p.step <= 0 && p.step !== -1;
  const atEnd = p.step >= p.total - 1;
  return html`<div class="present" part="present-bar">
    <div class="steps" role="group" aria-label=${`${ui.stepsLabel}: ${p.chainTitle}`}>
      <button type="button" part="step-prev" class="step-prev" aria-label=${ui.stepPrev} title=${ui.stepPrev} ?disabled=${atStart} @click=${p.prev}>
        <span aria-hidden="true">◀</span>
      </button>
      <button type="button" part="step-play" class="step-play" @click=${p.play}>
        <span aria-hidden="true">${p.playing ? '❚❚' : '▷'}</span> ${p.playing ? ui.stepPause : ui.stepPlay}
      </button>
      <button type="button" part="step-next" class="step-next" aria-label=${ui.stepNext} title=${ui.stepNext} ?disabled=${atEnd && p.step !== -1} @click=${p.next}>
        <span aria-hidden="true">▶</span>
      </button>
      <p class="where">
        <span class="count">${p.step >= 0 ? `${p.step + 1} / ${p.total}` : `– / ${p.total}`}</span>
        <span class="chain">${p.chainTitle}</span>${p.regionTitle ? html` · <strong>${p.regionTitle}</strong>` : nothing}
      </p>
    </div>
    <div class="tools">
      <button type="button" part="ink" class="ink" aria-pressed=${p.inking ? 'true' : 'false'} @click=${p.toggleInk}>
        <span aria-hidden="true">✎</span> ${ui.inkToggle}
      </button>
      <button type="button" part="ink-undo" class="ink-undo" aria-label=${ui.inkUndo} title=${ui.inkUndo} ?disabled=${!p.strokes} @click=${p.undo}>
        <span aria-hidden="true">↶</span>
      </button>
      <button type="button" part="ink-clear" class="ink-clear" aria-label=${ui.inkClear} title=${ui.inkClear} ?disabled=${!p.strokes} @click=${p.clear}>
        <span aria-hidden="true">⌫</span>
      </button>
      <button type="button" part="share" class="share" aria-haspopup="dialog" @click=${p.openShare}>${ui.share}</button>
    </div>
  </div>`;
}

/** Adopted into the shadow root while present mode is on (see PresentController). */
export const presentStyles = css`
  /* The step bar stays in sight under the body on a tablet, upright or sideways. */
  :host {
    --_stage-h: var(--body-chain-stage-height, clamp(340px, 62svh, 860px));
  }
  .frame {
    grid-template-areas: 'stage' 'present' 'chains';
  }
  @container (min-width: 720px) {
    .frame {
      grid-template-areas: 'stage panel' 'present panel' 'chains panel';
      grid-template-rows: auto auto 1fr;
    }
  }
  .present {
    grid-area: present;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 10px 16px;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel-bg);
  }
  .present .steps,
  .present .tools {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
  }
  .present .steps {
    flex: 1 1 320px;
  }
  .present button {
    min-width: 56px;
    min-height: 56px;
    padding: 0 14px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_panel-bg);
    font-size: 1.05rem;
    line-height: 1;
    white-space: nowrap;
  }
  .present button[disabled] {
    opacity: 0.45;
    cursor: default;
  }
  .present .step-next,
  .present .share {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  .present button[aria-pressed='true'] {
    background: #1f5fd6;
    border-color: #1f5fd6;
    color: #fff;
  }
  .present .where {
    margin: 0 0 0 6px;
    min-width: 0;
    line-height: 1.35;
  }
  .present .count {
    display: block;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .present .chain {
    color: var(--_muted);
  }
  /* What one says aloud: the title, the first paragraph and the caution. */
  .panel .panel-body > :not(p:first-child):not(.caution):not(.disclaimer) {
    display: none;
  }
  .panel h2 {
    font-size: 1.6rem;
  }
  .panel .panel-body {
    font-size: 1.1rem;
  }
  .panel button {
    min-height: 52px;
  }
`;
