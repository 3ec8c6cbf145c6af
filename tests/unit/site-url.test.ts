import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site-url.ts';

describe('the public address of a build', () => {
  it('takes SITE_URL first, then content/site.yaml, then the static host', () => {
    const host = { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://reports.netlify.app' };
    expect(siteUrl({ ...host, SITE_URL: 'https://a.example/reports' }, 'https://b.example/')).toEqual({
      url: 'https://a.example/reports/',
      from: 'SITE_URL',
    });
    expect(siteUrl(host, 'https://b.example/')?.url).toBe('https://b.example/');
    expect(siteUrl(host, undefined)).toEqual({ url: 'https://reports.netlify.app/', from: 'Netlify URL' });
  });

  it('gives a preview deploy its preview address, never the production one', () => {
    expect(
      siteUrl(
        {
          NETLIFY: 'true',
          CONTEXT: 'deploy-preview',
          URL: 'https://r.app',
          DEPLOY_PRIME_URL: 'https://p--r.app',
        },
        undefined,
      )?.url,
    ).toBe('https://p--r.app/');
    expect(
      siteUrl(
        {
          VERCEL: '1',
          VERCEL_ENV: 'preview',
          VERCEL_URL: 'r-abc.vercel.app',
          VERCEL_PROJECT_PRODUCTION_URL: 'r.com',
        },
        undefined,
      )?.url,
    ).toBe('https://r-abc.vercel.app/');
    expect(
      siteUrl({ VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'r.com' }, undefined)
        ?.url,
    ).toBe('https://r.com/');
  });

  it('reads Cloudflare Pages, GitLab Pages and Render, and gives nothing without any', () => {
    expect(siteUrl({ CF_PAGES_URL: 'https://abc.r.pages.dev' }, undefined)?.from).toBe(
      'Cloudflare Pages CF_PAGES_URL',
    );
    expect(siteUrl({ CI_PAGES_URL: 'https://g.gitlab.io/r' }, undefined)?.url).toBe('https://g.gitlab.io/r/');
    expect(siteUrl({ RENDER_EXTERNAL_URL: 'https://r.onrender.com' }, undefined)?.url).toBe(
      'https://r.onrender.com/',
    );
    expect(siteUrl({ SITE_URL: '  ' }, undefined)).toBeUndefined();
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => siteUrl({ SITE_URL: 'ftp://x.example/' }, undefined)).toThrow(/SITE_URL/);
  });
});
