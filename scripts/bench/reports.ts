/**
 * What a report costs: importing an article (npm run import, timed on a 15,000-character article made of
 * copies of the test fixture's real article), and building the site with more reports (the content plus N
 * copies of the fixture report, each with its pages, share images and PDF). Figures, not tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const FIXTURE = 'jiaju-shuangshiyi-2017';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** An article of at least `chars` characters: the fixture's headline, then its paragraphs again and again. */
function longArticle(chars: number): string {
  const [headline, ...body] = readFileSync(join(root, `tests/fixtures/articles/${FIXTURE}.txt`), 'utf8')
    .trim()
    .split('\n');
  const lines = [headline!];
  while (lines.join('').length < chars) lines.push(...body);
  return `${lines.join('\n')}\n`;
}

/** npm run import (the whole command, a fresh Node each time) on a 15,000-character article: seconds per run. */
export function benchImport(runs = 3): { chars: number; seconds: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const text = longArticle(15_000);
    writeFileSync(join(dir, 'article.txt'), text);
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const seconds = Array.from({ length: runs }, () => {
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        [join(root, 'scripts/import/cli.ts'), '--id', 'bench-import', join(dir, 'article.txt')],
        {
          cwd: root,
          env: { ...process.env, REPORT_CONTENT_DIR: join(dir, 'content') },
          encoding: 'utf8',
        },
      );
      const s = (performance.now() - t0) / 1000;
      if (r.status !== 0) throw new Error(`import failed:\n${r.stdout}${r.stderr}`);
      rmSync(join(dir, 'content/reports/bench-import'), { recursive: true, force: true });
      return s;
    });
    return { chars: [...text.replace(/\n/g, '')].length, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A full build (with Chromium: share images, PDFs) of the content plus `n` copies of the fixture report: seconds. */
function buildWith(n: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    cpSync(join(root, 'tests/fixtures/experts'), join(content, 'experts'), { recursive: true });
    for (let i = 1; i <= n; i += 1)
      cpSync(join(root, `tests/fixtures/reports/${FIXTURE}`), join(content, `reports/${FIXTURE}-${i}`), {
        recursive: true,
      });
    const t0 = performance.now();
    execFileSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
      cwd: root,
      env: { ...process.env, REPORT_CONTENT_DIR: content },
      stdio: 'ignore',
    });
    return (performance.now() - t0) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Build time with 0 and each `n` added reports, and the time each added report adds. */
export function benchReports(ns: number[]): Array<{ n: number; seconds: number; perReport?: number }> {
  const base = buildWith(0);
  return [
    { n: 0, seconds: base },
    ...ns.map((n) => {
      const seconds = buildWith(n);
      return { n, seconds, perReport: (seconds - base) / n };
    }),
  ];
}

/** The two benches, printed. */
export function printReportBenches(): void {
  const imp = benchImport();
  console.log(
    `\nImport (npm run import, a ${imp.chars}-character article, the whole command in a fresh Node): median ${median(imp.seconds).toFixed(2)} s of ${imp.seconds.map((s) => s.toFixed(2)).join(', ')} — target ≤ 2 s: ${median(imp.seconds) <= 2 ? 'on target' : 'OVER'}`,
  );
  console.log(
    '\nBuild with more reports (content + N copies of the fixture report; pages, share images, PDFs):\n',
  );
  console.log(`${'N'.padStart(3)} ${'build'.padStart(9)} ${'per added report'.padStart(18)}`);
  for (const r of benchReports([1, 10]))
    console.log(
      `${String(r.n).padStart(3)} ${`${r.seconds.toFixed(1)} s`.padStart(9)} ${r.perReport === undefined ? '' : `${r.perReport.toFixed(1)} s`.padStart(18)}`,
    );
}
