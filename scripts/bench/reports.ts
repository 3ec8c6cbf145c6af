/**
 * What a report costs: importing an article (npm run import, timed on a 15,000-character article made of
 * copies of the test fixture's real article), and building the site with more reports (the content plus N
 * copies of the fixture report, each with its pages, share images and PDF): a cold build (empty build
 * cache) for each N, and for the largest N a rebuild after one report changes, with the cache of its
 * cold build (src/integrations/cache/) — once within the site's characters, once with a character new to
 * the site (which changes the print font, hence every page). Each figure with the load average beside
 * it: the machine is shared. Figures, not tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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

/** The 1-minute load average, as printed. */
const load = () => loadavg()[0]!.toFixed(1);

interface Timed {
  seconds: number;
  /** The 1-minute load average before and after. */
  load: string;
  /** The build cache's line (what was reused). */
  reused: string;
}

/** `astro build` of a content folder into `<dir>/dist` (its build cache in the content folder): seconds. */
function build(dir: string): Timed {
  const before = load();
  const t0 = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, REPORT_CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
  const reused = /\[build-cache\] \S+: reused (.*)$/m.exec(r.stdout)?.[1] ?? '';
  return { seconds, load: `${before} → ${load()}`, reused };
}

/** The content plus `n` copies of the fixture report, in a new folder. */
function siteWith(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(join(root, 'tests/fixtures/experts'), join(content, 'experts'), { recursive: true });
  for (let i = 1; i <= n; i += 1)
    cpSync(join(root, `tests/fixtures/reports/${FIXTURE}`), join(content, `reports/${FIXTURE}-${i}`), {
      recursive: true,
    });
  return dir;
}

/**
 * One report's change: the first copy gets an edition note (printed on its PDF's cover) — the home
 * report's own, so all its characters are the site's already, or with one character no page has.
 */
function changeOneReport(dir: string, newCharacter: boolean): void {
  const edition = /^edition:.*$/m.exec(
    readFileSync(join(dir, 'content/reports/wechat-jd/report.yaml'), 'utf8'),
  )![0];
  const yaml = join(dir, `content/reports/${FIXTURE}-1/report.yaml`);
  const text = readFileSync(yaml, 'utf8').replace(/^edition:.*\n?/m, '');
  writeFileSync(yaml, `${text.trimEnd()}\n${newCharacter ? edition.replace(/。$/, '（夔）。') : edition}\n`);
}

export interface ReportsBench {
  n: number;
  cold: Timed;
  perReport?: number;
  /** For the largest N: rebuilt after one report changed, within the site's characters and with a new one. */
  rebuild?: { text: Timed; newCharacter: Timed };
}

/** Cold builds with 0 and each `n` added reports, and for the largest the two rebuilds. */
export function benchReports(ns: number[], log: (line: string) => void = () => {}): ReportsBench[] {
  const largest = Math.max(...ns);
  const out: ReportsBench[] = [];
  for (const n of [0, ...ns.filter((n) => n > 0)]) {
    const dir = siteWith(n);
    try {
      const cold = build(dir);
      const row: ReportsBench = {
        n,
        cold,
        ...(n ? { perReport: (cold.seconds - out[0]!.cold.seconds) / n } : {}),
      };
      log(`N = ${n}: cold ${cold.seconds.toFixed(1)} s (load ${cold.load})`);
      if (n === largest && n > 0) {
        changeOneReport(dir, false);
        const text = build(dir);
        log(
          `N = ${n}: rebuild, one report's text changed: ${text.seconds.toFixed(1)} s (load ${text.load}; reused ${text.reused})`,
        );
        changeOneReport(dir, true);
        const newCharacter = build(dir);
        log(
          `N = ${n}: rebuild, a new character: ${newCharacter.seconds.toFixed(1)} s (load ${newCharacter.load}; reused ${newCharacter.reused})`,
        );
        row.rebuild = { text, newCharacter };
      }
      out.push(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/** The build benches, printed as a table against the targets. */
export function printBuildBenches(ns: number[]): void {
  const log = (line: string) => console.log(`  … ${line}`);
  console.log(
    `\nBuild with more reports (content + N copies of the fixture report; pages, share images, PDFs), ${availableParallelism()} cores, load average (1 min) before → after each build:\n`,
  );
  const rows = benchReports(ns, log);
  const s = (x: number) => `${x.toFixed(1)} s`;
  console.log(
    `\n${'N'.padStart(3)} ${'cold build'.padStart(11)} ${'added per report'.padStart(17)} ${'load'.padStart(11)}   rebuild after one report changed (load)`,
  );
  for (const r of rows)
    console.log(
      `${String(r.n).padStart(3)} ${s(r.cold.seconds).padStart(11)} ${(r.perReport === undefined ? '' : s(r.perReport)).padStart(17)} ${r.cold.load.padStart(11)}   ${
        r.rebuild
          ? `${s(r.rebuild.text.seconds)} (${r.rebuild.text.load}); with a character new to the site ${s(r.rebuild.newCharacter.seconds)} (${r.rebuild.newCharacter.load})`
          : ''
      }`,
    );
  const one = rows[0]!.cold.seconds;
  const big = rows.at(-1)!;
  if (big.perReport !== undefined)
    console.log(
      `\nTargets: added per report ≤ 1.5 s (N = ${big.n}: ${s(big.perReport)}, ${big.perReport <= 1.5 ? 'on target' : 'OVER'})` +
        (big.rebuild
          ? `; rebuild ≤ 1.5 × the one-report cold build (N = 0), ${s(1.5 * one)}: ${s(big.rebuild.text.seconds)} ${big.rebuild.text.seconds <= 1.5 * one ? 'on target' : 'OVER'}, with a new character ${s(big.rebuild.newCharacter.seconds)} ${big.rebuild.newCharacter.seconds <= 1.5 * one ? 'on target' : 'OVER'}`
          : ''),
    );
}

/** The import bench, printed. */
export function printImportBench(): void {
  const imp = benchImport();
  console.log(
    `\nImport (npm run import, a ${imp.chars}-character article, the whole command in a fresh Node): median ${median(imp.seconds).toFixed(2)} s of ${imp.seconds.map((s) => s.toFixed(2)).join(', ')} — target ≤ 2 s: ${median(imp.seconds) <= 2 ? 'on target' : 'OVER'}`,
  );
}

/** The two benches, printed (the build's with N = 1, 10 and 50 copies unless `ns` says otherwise). */
export function printReportBenches(ns: number[] = [1, 10, 50]): void {
  printImportBench();
  printBuildBenches(ns);
}
