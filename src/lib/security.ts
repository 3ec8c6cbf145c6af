/**
 * The site's Content-Security-Policy. Every script is an external, same-origin file (no inline script,
 * no eval), so script-src is 'self' alone. Styles may be inline (Astro inlines the page CSS, and SVG
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

const join = (d: Array<[string, string]>) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy for the <meta http-equiv="Content-Security-Policy"> of every page. */
export const cspMeta = (): string => join(CSP_DIRECTIVES);

/** The policy for the Content-Security-Policy header (public/_headers). */
export const cspHeader = (): string => join([...CSP_DIRECTIVES, ...CSP_HEADER_ONLY]);

/**
 * The policy header of the embed pages (`<report>/embed/<figure>/`), which other sites frame: the same
 * policy, but any site may frame them (public/_headers, deploy/nginx/).
 */
export const cspEmbedHeader = (): string => join([...CSP_DIRECTIVES, ['frame-ancestors', '*']]);
