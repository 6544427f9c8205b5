import { css } from 'lit';

export const styles = css`
  :host {
    --_hl: var(--body-chain-highlight, #ffb020);
    --_accent: var(--body-chain-accent, #b4432f);
    --_bg: var(--body-chain-background, linear-gradient(180deg, #f6f3ee 0%, #e9e4dc 100%));
    --_panel-bg: var(--body-chain-panel-background, #ffffff);
    --_panel-fg: var(--body-chain-panel-color, #2b2622);
    --_muted: var(--body-chain-muted-color, #6a625a);
    --_border: var(--body-chain-border-color, #ddd5ca);
    --_radius: var(--body-chain-radius, 14px);
    --_stage-h: var(--body-chain-stage-height, clamp(360px, 72svh, 760px));
    display: block;
    position: relative;
    container-type: inline-size;
    color: var(--_panel-fg);
    font: inherit;
    line-height: 1.7;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'stage' 'chains';
    gap: 12px;
  }

  /* ---- stage: the 3D view ---- */
  .stage {
    grid-area: stage;
    position: relative;
    height: var(--_stage-h);
    min-height: 300px;
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    cursor: grab;
  }
  canvas.dragging {
    cursor: grabbing;
  }
  .toolbar {
    position: absolute;
    top: 10px;
    left: 10px;
    right: 10px;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    pointer-events: none;
  }
  .toolbar button {
    pointer-events: auto;
    min-height: 44px;
    min-width: 44px;
    padding: 0 14px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_panel-bg);
    background: color-mix(in srgb, var(--_panel-bg) 88%, transparent);
    font-size: 0.9rem;
    line-height: 1;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  .toolbar .reset {
    margin-left: auto;
    padding: 0;
    font-size: 1.25rem;
  }
  .hint {
    margin: 0;
    font-size: 0.8rem;
    line-height: 1.5;
    color: var(--_muted);
  }
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 0.95rem;
    pointer-events: none;
  }
  .status .spinner {
    width: 36px;
    height: 36px;
    border-radius: 50%;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    /* Still for the first second: most loads end by then, and a spinning frame costs the
       compositor (and the GPU the body is waiting for) every frame. */
    animation: spin 0.9s linear 1s infinite;
    margin: 0 auto 8px;
  }
  @media (prefers-reduced-motion: reduce) {
    .status .spinner {
      animation: none;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .messages {
    position: absolute;
    left: 10px;
    right: 10px;
    top: 64px;
    display: grid;
    gap: 6px;
    z-index: 2;
  }
  .message {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    padding: 8px 8px 8px 14px;
    border-radius: 10px;
    background: #fff7e6;
    border: 1px solid #f0c36d;
    color: #5c4100;
    font-size: 0.88rem;
    line-height: 1.5;
  }
  .message span {
    flex: 1;
  }
  .message button {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    background: transparent;
    font-size: 1.2rem;
  }

  /* ---- chain lists ---- */
  .chains {
    grid-area: chains;
    display: grid;
    gap: 10px;
  }
  .chain h2 {
    margin: 0 0 6px;
    font-size: 0.95rem;
    font-weight: 700;
  }
  .chain ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    counter-reset: station;
  }
  .chain li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .chain li + li::before {
    content: '→';
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .station {
    --level: 0;
    position: relative;
    min-height: 44px;
    padding: 4px 14px;
    border-radius: 10px;
    border: 1px solid var(--_border);
    background: var(--_panel-bg);
    font-size: 0.92rem;
    line-height: 1.3;
    overflow: hidden;
  }
  .station::after {
    content: '';
    position: absolute;
    left: 0;
    bottom: 0;
    height: 4px;
    width: calc(var(--level) * 100%);
    background: var(--_hl);
  }
  .station[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 700;
  }

  /* ---- explanation panel: a bottom sheet over the stage, a side panel when wide ---- */
  .panel {
    grid-area: stage;
    align-self: end;
    z-index: 3;
    /* A length, not a percentage: a percentage of the grid area would let the sheet grow the row. */
    max-height: calc(var(--_stage-h) * 0.56);
    display: flex;
    flex-direction: column;
    background: var(--_panel-bg);
    color: var(--_panel-fg);
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: 0 -6px 24px rgb(0 0 0 / 0.14);
    overflow: hidden;
  }
  .panel.idle {
    display: none;
  }
  .panel header {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 12px 8px 8px 18px;
    border-bottom: 1px solid var(--_border);
  }
  .panel header div {
    flex: 1;
    min-width: 0;
  }
  .eyebrow {
    margin: 0;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .panel h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.35;
  }
  .structures {
    margin: 2px 0 0;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .close {
    flex: none;
    width: 44px;
    height: 44px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    font-size: 1.5rem;
    line-height: 1;
  }
  .close:hover {
    background: color-mix(in srgb, var(--_panel-fg) 8%, transparent);
  }
  .panel-body {
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 10px 18px 18px;
  }
  .panel-body p {
    margin: 0 0 0.8em;
  }
  .panel h3 {
    margin: 1.1em 0 0.4em;
    font-size: 0.98rem;
  }
  .panel ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .panel li {
    margin: 0.25em 0;
  }
  ul.connections {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .connections li {
    margin: 0;
    padding: 6px 10px 8px;
    border-radius: 10px;
    background: #fff8ea;
    background: color-mix(in srgb, var(--_hl) 10%, var(--_panel-bg));
  }
  .connections button {
    min-height: 44px;
    padding: 0 12px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_panel-bg);
    font-weight: 700;
  }
  .connections p {
    margin: 4px 0 0;
    font-size: 0.9rem;
  }
  .caution {
    margin: 1em 0 0;
    padding: 10px 12px;
    border-left: 4px solid #c0392b;
    border-radius: 6px;
    background: #fdf0ee;
    color: #5a1f16;
    font-size: 0.92rem;
  }
  .caution h3 {
    margin: 0 0 0.2em;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_accent);
  }
  .disclaimer {
    margin-top: 1.2em !important;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .intro p {
    margin: 0 0 0.8em;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @container (min-width: 720px) {
    .frame {
      grid-template-columns: minmax(0, 1fr) minmax(300px, 380px);
      grid-template-areas: 'stage panel' 'chains panel';
      grid-template-rows: auto 1fr;
    }
    .panel {
      grid-area: panel;
      align-self: start;
      max-height: none;
      height: var(--_stage-h);
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      box-shadow: none;
    }
    .panel.idle {
      display: flex;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .status .spinner {
      animation: none;
    }
  }
`;
