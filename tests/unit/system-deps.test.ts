/**
 * scripts/ensure-system-deps.sh, run by bash on a machine made up in a temporary folder: a PATH whose
 * dpkg-query, id, apt-get and fc-list are small scripts, so that we can tell it which packages are
 * installed and whether we are root, and see what it would install.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = new URL('../../scripts/ensure-system-deps.sh', import.meta.url).pathname;
const ALL = [
  'chromium',
  'fonts-noto-cjk',
  'fonts-wqy-zenhei',
  'firefox-esr',
  'poppler-utils',
  'default-jre-headless',
  'nginx',
  'libnginx-mod-http-brotli-static',
];

const root = mkdtempSync(join(tmpdir(), 'system-deps-'));
const bin = join(root, 'bin');
const log = join(root, 'apt.log');
spawnSync('mkdir', ['-p', bin]);
for (const tool of ['sed', 'grep']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
const stub = (name: string, body: string) => {
  writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
};
// Installed packages come from $INSTALLED (space-separated); `id -u` answers $FAKE_UID.
stub(
  'dpkg-query',
  'pkg="${@: -1}"; [[ " $INSTALLED " == *" $pkg "* ]] && echo -n "install ok installed" || echo -n "unknown ok not-installed"',
);
stub('id', 'echo "$FAKE_UID"');
stub('apt-get', `echo "$*" >> ${log}`);
stub('fc-list', 'true');

function run(args: string[], env: { uid: number; installed?: string[]; extra?: Record<string, string> }) {
  rmSync(log, { force: true });
  const result = spawnSync('/bin/bash', [script, ...args], {
    encoding: 'utf8',
    env: {
      PATH: bin,
      FAKE_UID: String(env.uid),
      INSTALLED: (env.installed ?? []).join(' '),
      CHROMIUM_PATH: join(root, 'no-chromium'),
      FIREFOX_PATH: join(root, 'no-firefox'),
      ...env.extra,
    },
  });
  let apt: string[] = [];
  try {
    apt = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    // apt-get was not run
  }
  return { status: result.status, stderr: result.stderr, apt };
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ensure-system-deps.sh', () => {
  it('does nothing when every package is installed', () => {
    const r = run([], { uid: 0, installed: ALL });
    expect(r.status).toBe(0);
    expect(r.apt).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('installs the missing packages with apt-get as root', () => {
    const r = run([], { uid: 0, installed: ['chromium', 'fonts-noto-cjk', 'fonts-wqy-zenhei'] });
    expect(r.status).toBe(0);
    expect(r.apt).toEqual([
      'update -qq',
      'install -y -qq --no-install-recommends firefox-esr poppler-utils default-jre-headless nginx libnginx-mod-http-brotli-static',
    ]);
  });

  it('prints the exact command and stops the tests when it cannot install', () => {
    const r = run([], { uid: 1000, installed: ['fonts-noto-cjk'] });
    expect(r.status).toBe(1);
    expect(r.apt).toEqual([]);
    expect(r.stderr).toContain(
      "sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei firefox-esr poppler-utils default-jre-headless nginx libnginx-mod-http-brotli-static'",
    );
  });

  it('for the build, only wants what the share images and the PDF need, and never stops it', () => {
    expect(run(['build'], { uid: 0 }).apt).toEqual([
      'update -qq',
      'install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-wqy-zenhei',
    ]);
    const r = run(['build'], { uid: 1000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('will skip the share images and the PDF');
    expect(r.stderr).toContain(
      'apt-get install -y --no-install-recommends chromium fonts-noto-cjk fonts-wqy-zenhei',
    );
  });

  it('accepts the programs from elsewhere (CHROMIUM_PATH, a java on PATH), or no check at all', () => {
    const chromium = join(root, 'chromium');
    stub('java', 'true');
    writeFileSync(chromium, '');
    chmodSync(chromium, 0o755);
    const r = run([], {
      uid: 1000,
      installed: ALL.filter((p) => p !== 'chromium' && p !== 'default-jre-headless'),
      extra: { CHROMIUM_PATH: chromium },
    });
    rmSync(join(bin, 'java'));
    expect(r.status).toBe(0);
    expect(run([], { uid: 1000, extra: { REPORT_SKIP_SYSTEM_DEPS: '1' } }).status).toBe(0);
  });
});
