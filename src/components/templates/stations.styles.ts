import { css } from 'lit';

/** The chains' station lists, their intensity bars and the hint above them. */
export const stationStyles = css`
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
  /* Guarding (tightening to protect a joint, not tension passed on): its own colour, dashed, so
     it differs without colour too. */
  .station.guarding::after {
    background: repeating-linear-gradient(90deg, var(--_guard) 0 5px, transparent 5px 8px);
  }
  .station {
    min-width: calc(2.5rem + 16px);
  }
  .station[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 700;
  }
  .hint {
    margin: 0;
    font-size: 0.8rem;
    line-height: 1.5;
    color: var(--_muted);
  }
`;
