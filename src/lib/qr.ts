/**
 * The QR code of a page's public address, for handing the page on to a phone: drawn at build time by the
 * `qrcode` library as a small SVG (one path of dark modules on a white square), and its size in modules.
 */
import QRCode from 'qrcode';

/** The quiet zone around the code, in modules: the 4 the QR standard (ISO/IEC 18004) asks for. */
const MARGIN = 4;
/** Error correction M (15 %): the library's default, and a small code for an address. */
const LEVEL = 'M';

/** An absolute http(s) address: a QR code of anything else (a path, localhost) opens nothing on a phone. */
function publicAddress(url: string): string {
  const { protocol, hostname, href } = new URL(url);
  if (!/^https?:$/.test(protocol)) throw new Error(`QR code: "${url}" is not an http(s) address`);
  if (/^(localhost|127\.|\[::1\]$)/.test(hostname))
    throw new Error(`QR code: "${url}" is a local address, useless on a phone`);
  return href;
}

/** How many modules wide the drawing is, quiet zone included (its viewBox is that square). */
export const qrModules = (url: string): number =>
  QRCode.create(publicAddress(url), { errorCorrectionLevel: LEVEL }).modules.size + 2 * MARGIN;

/** The QR code of `url` as an SVG document. */
export const qrSvg = async (url: string): Promise<string> =>
  QRCode.toString(publicAddress(url), {
    type: 'svg',
    errorCorrectionLevel: LEVEL,
    margin: MARGIN,
  });
