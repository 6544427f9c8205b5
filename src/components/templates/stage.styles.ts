import { css } from 'lit';

/** The 3D view and what is drawn over it: the toolbar, the invitation to touch, loading and messages. */
export const stageStyles = css`
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
  /* The views in a row; the tools (reset, overlays) in a column at the right edge, outside the
     toolbar's height (the strip the camera keeps clear); a legend may take a second row. */
  .toolbar {
    position: absolute;
    top: 10px;
    left: 10px;
    right: 10px;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 6px 8px;
    padding-right: 52px;
    pointer-events: none;
  }
  .stage-tools {
    position: absolute;
    top: 0;
    right: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 6px;
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
  .toolbar .reset,
  .toolbar .overlay-toggle {
    flex: none;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_panel-bg);
    background: color-mix(in srgb, var(--_panel-bg) 90%, transparent);
  }
  .toolbar .reset {
    padding: 0;
    font-size: 1.25rem;
  }
  .toolbar .overlay-toggle[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  /* In the tools column, its entries one under the other, right-aligned. */
  .legend {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 2px;
    margin: 0;
    font-size: 0.72rem;
    line-height: 1.3;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    padding: 1px 6px;
    border-radius: 6px;
    background: color-mix(in srgb, var(--_panel-bg) 85%, transparent);
  }
  .legend span::before {
    content: '';
    width: 14px;
    height: 5px;
    border-radius: 2px;
    background: var(--_hl);
  }
  .legend .guarding::before {
    background: repeating-linear-gradient(90deg, var(--_guard) 0 5px, transparent 5px 8px);
  }
  @container (max-width: 380px) {
    .toolbar {
      top: 8px;
      left: 8px;
      right: 8px;
      gap: 6px;
      padding-right: 50px;
    }
    .toolbar button {
      padding: 0 9px;
      font-size: 0.82rem;
    }
    .toolbar .reset {
      padding: 0;
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
    /* Still at first: the body arriving is what catches the eye, and the page may still be
       loading (each frame of a pulse costs the GPU, which the page's own work may be waiting
       for). Then two pulses, and a still ring again: moving content that starts by itself must
       stop within five seconds (WCAG 2.2.2). */
    animation: invite 1.8s ease-out 1.2s 2;
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
`;
