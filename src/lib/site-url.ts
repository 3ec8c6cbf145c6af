/**
 * The site's public address for a build: canonical links, share cards, the sitemap, citations and the
 * PDF's links need it. It comes from `SITE_URL`, else from `content/site.yaml` (`url`), else from what
 * a static host tells its builds (pure: the environment is passed in).
 */

/** Where an address came from, for the build's log. */
export interface SiteUrl {
  url: string;
  from: string;
}

/** An address as the site uses it: absolute http(s), ending in a slash. */
function normalise(value: string, from: string): SiteUrl {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https?:\/\//i.test(value))
    throw new Error(`${from}: "${value}" is not an http(s) address`);
  // Hosts give some addresses without a scheme (Vercel's VERCEL_URL): they are served over https.
  const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href, from };
}

/**
 * The static hosts' variables, in order, each with the condition under which it is the public address:
 * Netlify's production `URL` (its previews have `DEPLOY_PRIME_URL`), Vercel's production domain, Cloudflare
 * Pages' deployment address, GitLab Pages and Render. A preview deploy gets its own preview address.
 */
const HOSTS: Array<{ name: string; when?: (env: Env) => boolean; value: (env: Env) => string | undefined }> =
  [
    {
      name: 'Netlify URL',
      when: (env) => env.NETLIFY === 'true' && env.CONTEXT === 'production',
      value: (env) => env.URL,
    },
    {
      name: 'Netlify DEPLOY_PRIME_URL',
      when: (env) => env.NETLIFY === 'true',
      value: (env) => env.DEPLOY_PRIME_URL,
    },
    {
      name: 'Vercel VERCEL_PROJECT_PRODUCTION_URL',
      when: (env) => env.VERCEL_ENV === 'production',
      value: (env) => env.VERCEL_PROJECT_PRODUCTION_URL,
    },
    { name: 'Vercel VERCEL_URL', when: (env) => !!env.VERCEL, value: (env) => env.VERCEL_URL },
    { name: 'Cloudflare Pages CF_PAGES_URL', value: (env) => env.CF_PAGES_URL },
    { name: 'GitLab Pages CI_PAGES_URL', value: (env) => env.CI_PAGES_URL },
    { name: 'Render RENDER_EXTERNAL_URL', value: (env) => env.RENDER_EXTERNAL_URL },
  ];

type Env = Record<string, string | undefined>;

/** The public address for this build, and where it came from; undefined when nothing gives one. */
export function siteUrl(env: Env, fromContent: string | undefined): SiteUrl | undefined {
  if (env.SITE_URL?.trim()) return normalise(env.SITE_URL.trim(), 'SITE_URL');
  if (fromContent) return normalise(fromContent, 'content/site.yaml url');
  for (const host of HOSTS) {
    const value = host.value(env)?.trim();
    if (value && (host.when?.(env) ?? true)) return normalise(value, host.name);
  }
  return undefined;
}
