import { css } from 'lit';

/**
 * The element's own styles: its custom properties (the page's colours and sizes), the frame's
 * layout (the stage, the panel and the lists; side by side from 720 px), and what every part
 * shares. Each part's look sits beside its template: templates/*.styles.ts.
 */

export const styles = css`
  :host {
    --_hl: var(--body-chain-highlight, #ffb020);
    --_guard: var(--body-chain-guarding, #4f7fd9);
    --_accent: var(--body-chain-accent, #b4432f);
    --_bg: var(--body-chain-background, linear-gradient(180deg, #f6f3ee 0%, #e9e4dc 100%));
    --_panel-bg: var(--body-chain-panel-background, #ffffff);
    --_panel-fg: var(--body-chain-panel-color, #2b2622);
    --_muted: var(--body-chain-muted-color, #6a625a);
    --_border: var(--body-chain-border-color, #ddd5ca);
    --_radius: var(--body-chain-radius, 14px);
    --_stage-h: var(--body-chain-stage-height, clamp(360px, 72svh, 760px));
    display: block;
    /* Never shorter than its stage, even before its first render: the page's
       body-chain:not(:defined) rule holds that height, and nothing under it moves up meanwhile. */
    min-height: var(--_stage-h);
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
  }
`;
