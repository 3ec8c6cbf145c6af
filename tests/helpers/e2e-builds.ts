/**
 * Builds the Playwright specs of one run share (as `sharedBuild` does for Vitest, tests/helpers/build.ts):
 * the run's folder comes from the global setup (E2E_BUILDS, tests/helpers/e2e-setup.ts). Specs run in
 * two worker processes: the first to ask builds, the others wait for its result.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, type BuildOptions, type BuildResult } from './build.ts';

export async function e2eSharedBuild(
  name: string,
  make: (dir: string) => Omit<BuildOptions, 'outDir'>,
): Promise<BuildResult> {
  const runDir = process.env.E2E_BUILDS;
  if (!runDir) throw new Error('e2eSharedBuild needs the global setup of tests/playwright.config.ts');
  const root = join(runDir, name);
  const saved = join(root, 'result.json');
  try {
    mkdirSync(root); // fails when another worker has started this build
  } catch {
    while (!existsSync(saved)) await new Promise((r) => setTimeout(r, 1000));
    return JSON.parse(readFileSync(saved, 'utf8')) as BuildResult;
  }
  mkdirSync(join(root, 'content'));
  const result = astroBuild({ ...make(join(root, 'content')), outDir: join(root, 'dist') });
  // Whole or not at all, for the workers waiting for it.
  writeFileSync(`${saved}.tmp`, JSON.stringify(result));
  renameSync(`${saved}.tmp`, saved);
  return result;
}
