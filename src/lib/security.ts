/**
 * The site's Content-Security-Policy. Every script is an external, same-origin file (no inline script,
 * no eval), so script-src is 'self' alone (and the header adds WebAssembly for the search worker, below). Styles may be inline (Astro inlines the page CSS, and SVG
 * charts carry style attributes). Nothing is loaded from another origin.
 */
export const CSP_DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

/** Directives that only work as an HTTP header (browsers ignore them in a <meta> element). */
export const CSP_HEADER_ONLY: Array<[string, string]> = [['frame-ancestors', "'none'"]];

/**
 * What the header allows that no page does: compiling WebAssembly ('wasm-unsafe-eval'), for the search.
 * The only WebAssembly the site runs is Pagefind's, in its worker (/pagefind/pagefind-worker.js), and
 * a worker is governed by the policy of its own response, the header alone (a page's <meta> policy does
 * not reach it). Every page carries the <meta> policy without it, and a page is held to both policies,
 * so no page can compile WebAssembly: only the worker can. (Static hosts cannot give one path a
 * different header from a `/*` rule: Cloudflare joins the two values, that is both policies.) Without
 * a worker Pagefind would fall back to the page, where the <meta> policy stops it.
 */
export const CSP_HEADER_SCRIPT_EXTRA = "'wasm-unsafe-eval'";

const join = (d: Array<[string, string]>) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy for the <meta http-equiv="Content-Security-Policy"> of every page. */
export const cspMeta = (): string => join(CSP_DIRECTIVES);

/** The policy for the Content-Security-Policy header (public/_headers). */
export const cspHeader = (): string =>
  join([
    ...CSP_DIRECTIVES.map(([k, v]): [string, string] =>
      k === 'script-src' ? [k, `${v} ${CSP_HEADER_SCRIPT_EXTRA}`] : [k, v],
    ),
    ...CSP_HEADER_ONLY,
  ]);

/**
 * The policy header of the embed pages (`<report>/embed/<figure>/`), which other sites frame: the same
 * policy, but any site may frame them (public/_headers, deploy/nginx/).
 */
export const cspEmbedHeader = (): string => join([...CSP_DIRECTIVES, ['frame-ancestors', '*']]);
