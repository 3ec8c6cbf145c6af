/**
 * What the code costs the next engineer (issue #21's targets): the lines of `src/` (as
 * `find src -type f | xargs cat | wc -l` counts them) and of `tests/`, and with `--tests` the time of
 * each step of `npm test` (the steps of package.json's `test` script, run in order and timed; CI=true).
 */
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
/** src/ when issue #21 was taken up (bf648be), and the target: at least 15 % fewer. */
const SRC_LINES_AT_START = 12157;
const TEST_MINUTES_TARGET = 10;

function linesIn(dir: string): { files: number; lines: number } {
  let files = 0;
  let lines = 0;
  for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
    const full = join(root, dir, f);
    if (!statSync(full).isFile()) continue;
    files += 1;
    lines += readFileSync(full, 'utf8').split('\n').length - 1;
  }
  return { files, lines };
}

export function printCodeBenches(runTests: boolean): void {
  const src = linesIn('src');
  const tests = linesIn('tests');
  const target = Math.floor(SRC_LINES_AT_START * 0.85);
  console.log('\nCode\n');
  console.log(
    `src/    ${String(src.lines).padStart(6)} lines in ${src.files} files — target ≤ ${target} (15 % under ${SRC_LINES_AT_START}): ${src.lines <= target ? 'met' : `${src.lines - target} over`}`,
  );
  console.log(`tests/  ${String(tests.lines).padStart(6)} lines in ${tests.files} files`);
  if (!runTests) return;
  const script = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts.test!;
  const steps = script.split('&&').map((s) => s.trim());
  console.log(`\nnpm test, step by step (CI=true; ${steps.length} steps)\n`);
  let total = 0;
  for (const step of steps) {
    const t0 = performance.now();
    const r = spawnSync('bash', ['-c', step], {
      cwd: root,
      env: { ...process.env, CI: 'true' },
      stdio: 'ignore',
    });
    const s = (performance.now() - t0) / 1000;
    total += s;
    console.log(
      `${step.padEnd(28)} ${`${s.toFixed(0)} s`.padStart(7)}  ${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`}`,
    );
  }
  console.log(
    `${'total'.padEnd(28)} ${`${(total / 60).toFixed(1)} min`.padStart(7)}  target ≤ ${TEST_MINUTES_TARGET} min: ${total <= TEST_MINUTES_TARGET * 60 ? 'met' : 'OVER'} (${execSync('nproc').toString().trim()} cores)`,
  );
}
