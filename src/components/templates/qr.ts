import qrcode from 'qrcode-generator';

/** The QR code's side is about this many CSS px (whole pixels a module, so it stays sharp). */
const TARGET = 300;
/** The quiet zone around it, in modules (the standard asks for 4). */
const QUIET = 4;

/**
 * The QR code of a link, as an image (a GIF data URL: a strict Content-Security-Policy allows
 * `data:` images where it allows no inline styles or scripts). Error correction M, which
 * survives a tablet's glare; the version is the smallest that holds the link. Loaded only
 * when the share sheet opens (see share.ts), with kazuhikoarase's qrcode-generator.
 */
export function qrImage(text: string): { src: string; size: number; version: number } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const cell = Math.max(3, Math.floor(TARGET / (modules + 2 * QUIET)));
  return { src: qr.createDataURL(cell, cell * QUIET), size: (modules + 2 * QUIET) * cell, version: (modules - 17) / 4 };
}
