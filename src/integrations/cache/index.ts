/**
 * The build cache (store.ts): where it lives, and the build step that closes it — last after the others,
 * it says how much came from the cache and removes what no build has used for a while.
 *
 * Its folder: `REPORT_BUILD_CACHE` when set (`off` turns the cache off); otherwise `report-build/` in
 * Astro's own cache folder (`cacheDir`, by default `node_modules/.astro/`), which static hosts keep
 * between builds: Cloudflare Pages caches it for Astro sites, Netlify and Vercel keep `node_modules/`
 * (README, “The build cache”). A test's content folder has its own Astro cache, hence its own.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { BuildCache } from './store.ts';

/** Entries unused for this many days are removed at the end of a build. */
export const KEEP_DAYS = 30;

/** The cache folder for this build, or null when it is off. */
export function buildCacheDir(
  env: Record<string, string | undefined>,
  { root, astroCacheDir = 'node_modules/.astro' }: { root: string; astroCacheDir?: string | undefined },
): string | null {
  const set = env.REPORT_BUILD_CACHE?.trim();
  if (set && /^(off|0|false|no)$/i.test(set)) return null;
  return resolve(root, set || resolve(root, astroCacheDir, 'report-build'));
}

/** The cache of this build. */
export const openBuildCache = (dir: string | null): BuildCache => new BuildCache(dir);

/** The last build step: a line on what came from the cache, then the removal of old entries. */
export function buildCacheReport(cache: BuildCache): AstroIntegration {
  return {
    name: 'build-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!cache.dir) {
          logger.info('off (REPORT_BUILD_CACHE): every step did its work');
          return;
        }
        const kinds = [...cache.summary()].map(([kind, c]) => `${kind} ${c.hits}/${c.hits + c.misses}`);
        const removed = cache.prune(KEEP_DAYS);
        logger.info(
          `${cache.dir}: reused ${kinds.join(', ') || 'nothing'}` +
            `${removed ? `; removed ${removed} entr${removed === 1 ? 'y' : 'ies'} unused for ${KEEP_DAYS} days` : ''}`,
        );
      },
    },
  };
}
