/**
 * Real `astro build`s for the tests that need one: over a content folder (a scratch copy of content/,
 * broken on purpose or with the test fixture's second report), into an outDir, with extra environment.
 * `sharedBuild` builds a given site once per test run, for every test file that reads it
 * (tests/vitest.config.ts's global setup gives the run its folder and removes it at the end).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';
import { contentWithFixture, projectRoot } from './content.ts';

export interface BuildOptions {
  /** The content folder (REPORT_CONTENT_DIR). */
  content: string;
  /** Where the site goes (default: `.dist` inside the content folder). */
  outDir?: string;
  /** Print the share images and the PDFs with Chromium (default: no, REPORT_SKIP_CHROMIUM). */
  chromium?: boolean;
  /** More environment (e.g. SITE_URL). */
  env?: Record<string, string>;
}

export interface BuildResult {
  /** The content folder it was built from. */
  content: string;
  /** The exit code of `astro build`. */
  status: number | null;
  /** What it printed (stdout, then stderr), without colours. */
  output: string;
  /** The built site. */
  out: string;
}

/** Runs `astro build` over a content folder; never throws on a failed build (tests look at `status`). */
export function astroBuild({ content, outDir, chromium = false, env = {} }: BuildOptions): BuildResult {
  const out = outDir ?? join(content, '.dist');
  const r = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: projectRoot,
    env: {
      ...process.env,
      REPORT_CONTENT_DIR: content,
      ...(chromium ? {} : { REPORT_SKIP_CHROMIUM: '1' }),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { content, status: r.status, output: `${r.stdout}\n${r.stderr}`, out };
}

/**
 * A build that several test files read, made once per run under `name`: the first file to ask builds it
 * (`make` gets a fresh folder for its content), the others get the same result. Build test files run one
 * at a time (tests/vitest.config.ts), so no two ask at once.
 */
export function sharedBuild(name: string, make: (dir: string) => Omit<BuildOptions, 'outDir'>): BuildResult {
  const runDir = inject('sharedBuilds');
  if (!runDir) throw new Error('sharedBuild needs the global setup of tests/vitest.config.ts');
  const root = join(runDir, name);
  const saved = join(root, 'result.json');
  if (existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8')) as BuildResult;
  mkdirSync(join(root, 'content'), { recursive: true });
  const result = astroBuild({ ...make(join(root, 'content')), outDir: join(root, 'dist') });
  writeFileSync(saved, JSON.stringify(result));
  return result;
}

/** The public address of the site with two reports. */
export const PUBLIC_URL = 'https://reports.example.org/';

/**
 * The site with a second report — content/ plus the test fixture's real article — and a public address
 * (SITE_URL, as a static host sets it), its share images and PDFs printed with Chromium (when it is there):
 * read by tests/build/two-reports.test.ts and tests/build/site-url.test.ts.
 */
export const siteWithFixture = (): BuildResult =>
  sharedBuild('fixture-with-url', (dir) => ({
    content: contentWithFixture(dir),
    chromium: existsSync(CHROMIUM_PATH),
    env: { SITE_URL: PUBLIC_URL },
  }));

/**
 * The site with the test fixture's second report, without the Chromium pass (no share images or PDFs:
 * what the browser tests of search read is the pages and the index): `dir` is a fresh folder for its
 * content. Built once per run by the Firefox pass (`sharedBuild`) and by the Playwright pass
 * (tests/helpers/e2e-builds.ts).
 */
export const withFixture = (dir: string): Omit<BuildOptions, 'outDir'> => ({
  content: contentWithFixture(dir),
});

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared builds (tests/helpers/build-setup.ts). */
    sharedBuilds: string;
  }
}
