import { css } from 'lit';

/** The explanation: a bottom sheet with two detents on narrow screens, a side panel from 720 px. */
export const panelStyles = css`
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
`;
