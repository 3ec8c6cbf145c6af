/** Which built files get precompressed `.gz` / `.br` siblings (src/integrations/delivery/precompress.ts). */

/**
 * Text formats: HTML, CSS, JS, SVG, JSON, CSV, XML, plain text. Fonts (woff2), PNG and PDF are compressed
 * already, and so is the search index (`*.pf_*`, `wasm.*.pagefind`: gzip that Pagefind's script unpacks).
 */
export const COMPRESSIBLE_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'svg', 'json', 'csv', 'xml', 'txt'];

/** Whether a file of dist/ (a relative path) gets precompressed siblings. `_headers` is host config, not served. */
export const isCompressible = (path: string): boolean =>
  new RegExp(`\\.(${COMPRESSIBLE_EXTENSIONS.join('|')})$`).test(path);
