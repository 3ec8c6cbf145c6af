/**
 * The QR code of a page's address (src/lib/qr.ts): an SVG of one path whose square is as many modules as
 * `qrModules` says (the page sizes its <img> by it), and only for a public http(s) address. That the
 * drawing reads back as the address is proven from pixels, in browsers and the PDF (tests/build/qr.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg } from '../../src/lib/qr.ts';

describe('qrSvg and qrModules', () => {
  // The smallest version that holds the address at level M (bytes: version 3 holds 42, 4 holds 62, 5 holds
  // 84; ISO/IEC 18004), 17 + 4 × version modules wide, with 4 modules of quiet zone on each side.
  it.each([
    ['https://reports.example.org/', 17 + 4 * 3 + 8],
    ['https://reports.example.org/s/fig-stake/', 17 + 4 * 3 + 8],
    ['https://reports.example.org/reports/wechat-jd/s/x/', 17 + 4 * 4 + 8],
    ['https://reports.example.org/reports/jiaju-shuangshiyi-2017/s/fig-sales-share/', 17 + 4 * 5 + 8],
  ])('%s: a square of %i modules, quiet zone included', async (url, modules) => {
    const svg = await qrSvg(url);
    expect(qrModules(url)).toBe(modules);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${modules} ${modules}"`));
    // The white square, then the dark modules as one path: nothing else to load or run.
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).not.toMatch(/<(script|image|text|style)\b|href=/);
  });

  it('draws a longer address as a larger code', async () => {
    expect(
      qrModules('https://reports.example.org/reports/a-long-report-id/s/a-long-section-id/'),
    ).toBeGreaterThan(qrModules('https://reports.example.org/'));
  });

  it.each([
    ['http://localhost:4321/', /local address/],
    ['http://127.0.0.1:4322/s/x/', /local address/],
    ['http://[::1]/', /local address/],
    ['ftp://reports.example.org/', /not an http\(s\) address/],
    ['/s/fig-stake/', /Invalid URL/],
  ])('refuses %s: a code of it would open nothing on a phone', async (url, error) => {
    expect(() => qrModules(url)).toThrow(error);
    await expect(qrSvg(url)).rejects.toThrow(error);
  });
});
