import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../../model/content-types.js';

type QrModule = typeof import('./qr.js');
let qrModule: Promise<QrModule> | undefined;

/**
 * The share sheet's state: a modal dialog with the QR code of the link that carries the current
 * view (`part="qr"`, drawn by a QR library loaded only when the sheet first opens), the link
 * itself, copy, and the device's own share sheet where it has one (how the link reaches LINE).
 * Nothing is sent anywhere by the element: the link is the data.
 */
export class ShareSheet {
  open = false;
  url = '';
  qr: { src: string; size: number; version: number } | null = null;
  copied = false;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly link: () => string,
  ) {}

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.share-sheet') ?? null;
  }

  async show(opener: HTMLElement | null): Promise<void> {
    this.opener = opener;
    this.url = this.link();
    this.qr = null;
    this.copied = false;
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    const url = this.url;
    qrModule ??= import('./qr.js');
    const { qrImage } = await qrModule;
    if (!this.open || url !== this.url) return;
    this.qr = qrImage(url);
    this.host.requestUpdate();
  }

  close(): void {
    this.dialog?.close();
  }

  /** The dialog closed (its button, Escape, or close()): focus goes back to the share button. */
  readonly onClose = (): void => {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    this.opener?.focus();
  };

  readonly copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.url);
    } catch {
      // No clipboard permission: select the link so that the device's own copy works.
      const input = this.dialog?.querySelector('input');
      input?.select();
      return;
    }
    this.copied = true;
    this.host.requestUpdate();
  };

  readonly send = (): void => {
    void navigator.share?.({ url: this.url }).catch(() => {});
  };
}

export function shareSheetTemplate(sheet: ShareSheet, ui: UiStrings) {
  const canShare = typeof navigator.share === 'function';
  // Escape closes the dialog (the browser's own cancel) and nothing else: not the panel behind it.
  return html`<dialog
    class="share-sheet"
    part="share-sheet"
    aria-labelledby="share-title"
    @close=${sheet.onClose}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && e.stopPropagation()}
  >
    ${sheet.open
      ? html`<h2 id="share-title">${ui.shareHeading}</h2>
          <div class="qr-box">
            ${sheet.qr
              ? html`<img part="qr" class="qr" src=${sheet.qr.src} width=${sheet.qr.size} height=${sheet.qr.size} alt=${ui.shareQrAlt} data-version=${sheet.qr.version} />`
              : html`<div class="qr placeholder" aria-hidden="true"></div>`}
          </div>
          <p class="scan">${ui.shareScan}</p>
          <input class="link" type="text" readonly .value=${sheet.url} aria-label=${ui.shareCopy} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
          <div class="actions">
            <button type="button" part="share-copy" @click=${sheet.copy}>${ui.shareCopy}</button>
            ${canShare ? html`<button type="button" part="share-send" @click=${sheet.send}>${ui.shareSend}</button>` : nothing}
            <button type="button" part="share-close" class="close-share" @click=${() => sheet.close()}>${ui.shareClose}</button>
          </div>
          <p class="copied" role="status">${sheet.copied ? ui.shareCopied : ''}</p>
          <p class="privacy">${ui.sharePrivacy}</p>`
      : nothing}
  </dialog>`;
}

export const shareStyles = css`
  .share-sheet {
    width: min(440px, calc(100vw - 32px));
    max-height: calc(100dvh - 32px);
    padding: 20px 22px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel-bg);
    color: var(--_panel-fg);
    text-align: center;
    line-height: 1.6;
  }
  .share-sheet::backdrop {
    background: rgb(30 26 22 / 0.45);
  }
  .share-sheet h2 {
    margin: 0 0 12px;
    font-size: 1.25rem;
  }
  .share-sheet .qr-box {
    display: grid;
    place-items: center;
    min-height: 300px;
  }
  .share-sheet .qr {
    display: block;
    max-width: 100%;
    height: auto;
    image-rendering: pixelated;
    background: #fff;
  }
  .share-sheet .placeholder {
    width: 280px;
    height: 280px;
    border-radius: 8px;
    background: #f1ede7;
  }
  .share-sheet .scan {
    margin: 10px 0;
  }
  .share-sheet .link {
    width: 100%;
    min-height: 44px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    font: inherit;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .share-sheet .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 8px;
    margin-top: 12px;
  }
  .share-sheet button {
    min-height: 52px;
    min-width: 52px;
    padding: 0 18px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_panel-bg);
  }
  .share-sheet button[part='share-copy'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  .share-sheet .copied {
    min-height: 1.6em;
    margin: 6px 0 0;
    font-size: 0.9rem;
  }
  .share-sheet .privacy {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.85rem;
    text-align: left;
  }
`;
