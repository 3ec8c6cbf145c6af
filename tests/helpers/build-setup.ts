/**
 * Global setup of the unit and build tests (tests/vitest.config.ts): a folder for the builds that several
 * test files share (tests/helpers/build.ts `sharedBuild`), removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'report-builds-'));
  project.provide('sharedBuilds', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
