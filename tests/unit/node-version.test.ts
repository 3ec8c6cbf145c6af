/** The scripts say which Node.js they need instead of failing with a TypeError on ".ts" (scripts/require-node.mjs). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content.ts';

const guard = join(projectRoot, 'scripts/require-node.mjs');
const run = (node: string) => spawnSync(node, [guard], { encoding: 'utf8' });

describe('the Node.js version guard of npm run check:content, import, anchors:update and bench', () => {
  it('lets this Node (≥ 22.12) through', () => {
    expect(run(process.execPath).status).toBe(0);
  });

  // The machine's own Node is older (Debian's, 20): the guard must stop it with the version it needs.
  const old = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (p) =>
      existsSync(p) &&
      Number(spawnSync(p, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) < 22,
  );
  it.runIf(old)('stops an older Node with the version it needs, not a TypeError', () => {
    const r = run(old!);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/needs Node\.js ≥ 22\.12 \(found v\d+\./);
    expect(r.stderr).not.toContain('TypeError');
  });
});
