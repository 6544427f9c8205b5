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
  /* One row at any width: the views as one segmented control, the reset button apart. */
  .toolbar {
    position: absolute;
    top: 10px;
    left: 10px;
    right: 10px;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    pointer-events: none;
  }
  .views {
    display: flex;
    flex: 0 1 auto;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_panel-bg);
    background: color-mix(in srgb, var(--_panel-bg) 90%, transparent);
    overflow: hidden;
    pointer-events: auto;
  }
  .toolbar button {
    pointer-events: auto;
    min-height: 44px;
    min-width: 44px;
    padding: 0 14px;
    border: 0;
    background: transparent;
    font-size: 0.9rem;
    line-height: 1;
    white-space: nowrap;
  }
  .views button {
    flex: 1 1 auto;
  }
  .views button + button {
    border-left: 1px solid var(--_border);
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_accent);
    color: #fff;
  }
  .toolbar button:focus-visible {
    outline-offset: -3px;
  }
  .toolbar .reset {
    flex: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_panel-bg);
    background: color-mix(in srgb, var(--_panel-bg) 90%, transparent);
    font-size: 1.25rem;
  }
  @container (max-width: 380px) {
    .toolbar {
      top: 8px;
      left: 8px;
      right: 8px;
      gap: 6px;
    }
    .toolbar button {
      padding: 0 9px;
      font-size: 0.82rem;
    }
    .toolbar .reset {
      padding: 0;
    }
  }
  .hint {
    margin: 0;
    font-size: 0.8rem;
    line-height: 1.5;
    color: var(--_muted);
  }
  /* Texts for the device in hand: touch screens and mice are told different things. */
  .for-touch {
    display: none;
  }
  @media (pointer: coarse) {
    .for-touch {
      display: inline;
    }
    .for-pointer {
      display: none;
    }
  }

  /* ---- the invitation to touch, until the first interaction ---- */
  .invite {
    position: absolute;
    inset: 0;
    pointer-events: none;
    z-index: 1;
  }
  .invite .ring {
    display: none;
    position: absolute;
    left: var(--x, 50%);
    top: var(--y, 50%);
    width: 46px;
    height: 46px;
    margin: -23px 0 0 -23px;
    border-radius: 50%;
    border: 3px solid var(--_accent);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_panel-bg) 70%, transparent);
    animation: invite 1.8s ease-out infinite;
  }
  .invite.placed .ring {
    display: block;
  }
  .invite p {
    position: absolute;
    left: 50%;
    bottom: 14px;
    transform: translateX(-50%);
    margin: 0;
    padding: 8px 16px;
    border-radius: 999px;
    background: var(--_accent);
    color: #fff;
    font-size: 0.92rem;
    font-weight: 700;
    line-height: 1.4;
    white-space: nowrap;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  .invite p::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-right: 0.5em;
    border-radius: 50%;
    border: 2px solid currentColor;
    vertical-align: -0.05em;
  }
  @keyframes invite {
    0% {
      transform: scale(0.6);
      opacity: 1;
    }
    100% {
      transform: scale(1.5);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .invite .ring {
      animation: none;
    }
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
  /* At the foot of the stage, clear of the head and the toolbar. */
  .messages {
    position: absolute;
    left: 10px;
    right: 10px;
    bottom: 10px;
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
  /* The bar's length is the tension that arrives, on one scale for every station. */
  .station.lit::before,
  .station::after {
    content: '';
    position: absolute;
    left: 8px;
    bottom: 4px;
    height: 4px;
    border-radius: 2px;
  }
  .station.lit::before {
    width: 2.5rem;
    background: var(--_border);
  }
  .station::after {
    width: calc(var(--level) * 2.5rem);
    background: var(--_hl);
  }
  .station {
    min-width: calc(2.5rem + 16px);
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
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 12px 8px 8px 18px;
    border-bottom: 1px solid var(--_border);
  }
  /* Phones: a handle to pull the sheet up to read, and down to see the body. */
  .handle {
    display: none;
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
  .connections .via {
    display: inline-block;
    margin-left: 8px;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .panel-body:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
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

  @container (max-width: 719.98px) {
    .panel header {
      padding-top: 22px;
      touch-action: none;
      cursor: pointer;
    }
    .handle {
      display: flex;
      justify-content: center;
      align-items: flex-start;
      position: absolute;
      top: 0;
      left: 50%;
      transform: translateX(-50%);
      z-index: 1;
      width: 96px;
      height: 44px;
      padding: 9px 0 0;
      border: 0;
      border-radius: 0 0 10px 10px;
      background: transparent;
    }
    .grip {
      display: block;
      width: 40px;
      height: 5px;
      border-radius: 3px;
      background: var(--_border);
    }
    .handle:focus-visible .grip {
      background: var(--_muted);
    }
    @media (hover: hover) {
      .handle:hover .grip {
        background: var(--_muted);
      }
    }
    .panel.full {
      max-height: calc(var(--_stage-h) * 0.88);
    }
    /* Low: the title, the structures and one line; the body above stays in sight. */
    .panel.peek {
      max-height: calc(var(--_stage-h) * 0.4);
    }
    .panel.peek .eyebrow {
      display: none;
    }
    .panel.peek h2,
    .panel.peek .structures {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .panel.peek h2 {
      font-size: 1.12rem;
      -webkit-line-clamp: 2;
    }
    .panel.peek .structures {
      -webkit-line-clamp: 1;
    }
    .panel.peek .panel-body {
      overflow: hidden;
      padding-bottom: 12px;
    }
    .panel.peek .panel-body > :not(:first-child) {
      display: none;
    }
    .panel.peek .panel-body > p:first-child {
      margin: 0;
      display: -webkit-box;
      -webkit-line-clamp: 1;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
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
