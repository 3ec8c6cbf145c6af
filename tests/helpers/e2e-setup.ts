/**
 * Global setup of the Playwright pass (tests/playwright.config.ts): a folder for the builds its specs
 * share (tests/helpers/e2e-builds.ts; only the specs that need one build it), removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'report-e2e-builds-'));
  process.env.E2E_BUILDS = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
