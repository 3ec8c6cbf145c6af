/**
 * What a report costs: importing an article (npm run import, timed on a 15,000-character article made of
 * copies of the test fixture's real article), and building the site with more reports (the content plus N
 * copies of the fixture report, each with its pages, share images and PDF): a cold build (empty build
 * cache) for each N, and for the largest N a rebuild after one report changes, with the cache of its
 * cold build (src/integrations/cache/) — once within the site's characters, once with a character new to
 * the site (which changes the print font, hence every page). Each figure with the load average beside
 * it: the machine is shared. Figures, not tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  /**
   * Processor time of the build and every process it starts (Chromium's too), read from /proc while it
   * runs: what the build costs whatever else the machine runs (0 where there is no /proc).
   */
  cpu: number;
  /** The 1-minute load average before and after. */
  load: string;
  /** The build cache's line (what was reused). */
  reused: string;
}

/** Processor time (s) of `pid` and its descendants now, by process (from /proc; empty elsewhere). */
function treeCpu(pid: number): Map<number, number> {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  let names: string[] = [];
  try {
    names = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return new Map();
  }
  for (const p of names) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(p), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const out = new Map<number, number>();
  for (const [p, v] of procs) {
    let q: number | undefined = p;
    while (q !== undefined && q !== pid && q > 1) q = procs.get(q)?.ppid;
    if (q === pid) out.set(p, v.ticks / 100); // USER_HZ: 100 on Linux
  }
  return out;
}

/** `astro build` of a content folder into `<dir>/dist` (its build cache in the content folder), timed. */
async function build(dir: string): Promise<Timed> {
  const before = load();
  const t0 = performance.now();
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, REPORT_CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  // Each process's latest reading: a process that ends takes at most the last interval's time with it.
  const cpu = new Map<number, number>();
  const poll = () => treeCpu(child.pid!).forEach((s, p) => cpu.set(p, Math.max(s, cpu.get(p) ?? 0)));
  const timer = setInterval(poll, 200);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  if (status !== 0) throw new Error(`build failed:\n${output}`);
  const reused = /\[build-cache\] \S+: reused (.*)$/m.exec(output)?.[1] ?? '';
  const total = [...cpu.values()].reduce((a, b) => a + b, 0);
  return { seconds, cpu: total, load: `${before} → ${load()}`, reused };
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

/** A character no page of a built site has, to add one. */
function newCharacter(dist: string): string {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('');
  const c = [...'夔鼋鼍鳜鲥鳢'].find((ch) => !pages.includes(ch));
  if (!c) throw new Error('no new character left to add');
  return c;
}

/**
 * One report's change: the first copy gets an edition note (printed on its PDF's cover) — another
 * report's note, so all its characters are the site's already, or that with a character no page has.
 */
function changeOneReport(dir: string, added?: string): void {
  const content = join(dir, 'content');
  const notes = readdirSync(join(content, 'reports')).flatMap((r) => {
    const m = /^edition:.*$/m.exec(readFileSync(join(content, 'reports', r, 'report.yaml'), 'utf8'));
    return m ? [m[0]] : [];
  });
  if (!notes.length) throw new Error('no report has an edition note to copy');
  const yaml = join(content, `reports/${FIXTURE}-1/report.yaml`);
  const text = readFileSync(yaml, 'utf8').replace(/^edition:.*\n?/m, '');
  writeFileSync(
    yaml,
    `${text.trimEnd()}\n${added ? notes[0]!.replace(/。?$/, `（${added}）。`) : notes[0]}\n`,
  );
}

export interface ReportsBench {
  n: number;
  cold: Timed;
  perReport?: number;
  /** For the largest N: rebuilt after one report changed, within the site's characters and with a new one. */
  rebuild?: { text: Timed; newCharacter: Timed };
}

/** Cold builds with 0 and each `n` added reports, and for the largest the two rebuilds. */
export async function benchReports(
  ns: number[],
  log: (line: string) => void = () => {},
): Promise<ReportsBench[]> {
  const largest = Math.max(...ns);
  const out: ReportsBench[] = [];
  const said = (t: Timed) => `${t.seconds.toFixed(1)} s, processor ${t.cpu.toFixed(0)} s (load ${t.load})`;
  for (const n of [0, ...ns.filter((n) => n > 0)]) {
    const dir = siteWith(n);
    try {
      const cold = await build(dir);
      const row: ReportsBench = {
        n,
        cold,
        ...(n ? { perReport: (cold.seconds - out[0]!.cold.seconds) / n } : {}),
      };
      log(`N = ${n}: cold ${said(cold)}`);
      if (n === largest && n > 0) {
        const added = newCharacter(join(dir, 'dist'));
        changeOneReport(dir);
        const text = await build(dir);
        log(`N = ${n}: rebuild, one report's text changed: ${said(text)}; reused ${text.reused}`);
        changeOneReport(dir, added);
        const withNew = await build(dir);
        log(`N = ${n}: rebuild, with a new character (${added}): ${said(withNew)}; reused ${withNew.reused}`);
        row.rebuild = { text, newCharacter: withNew };
      }
      out.push(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/** The build benches, printed as a table against the targets. */
export async function printBuildBenches(ns: number[]): Promise<void> {
  const log = (line: string) => console.log(`  … ${line}`);
  console.log(
    `\nBuild with more reports (content + N copies of the fixture report; pages, share images, PDFs) on ${availableParallelism()} cores; cold: an empty build cache. Processor time: the build and every process it starts. Load: 1-minute average before → after.\n`,
  );
  const rows = await benchReports(ns, log);
  const s = (x: number) => `${x.toFixed(1)} s`;
  const base = rows[0]!.cold;
  console.log(
    `\n${'N'.padStart(3)} ${'cold build'.padStart(11)} ${'added/report'.padStart(13)} ${'processor'.padStart(10)} ${'added/report'.padStart(13)} ${'load'.padStart(12)}`,
  );
  for (const r of rows)
    console.log(
      `${String(r.n).padStart(3)} ${s(r.cold.seconds).padStart(11)} ${(r.perReport === undefined ? '' : s(r.perReport)).padStart(13)} ${s(r.cold.cpu).padStart(10)} ${(r.n ? s((r.cold.cpu - base.cpu) / r.n) : '').padStart(13)} ${r.cold.load.padStart(12)}`,
    );
  const big = rows.at(-1)!;
  if (big.rebuild) {
    const { text, newCharacter } = big.rebuild;
    console.log(`\nRebuild of N = ${big.n} after one report changed (the cache of its cold build):`);
    console.log(
      `  its text, within the site's characters: ${s(text.seconds)}, processor ${s(text.cpu)}, load ${text.load}`,
    );
    console.log(
      `  with a character new to the site:       ${s(newCharacter.seconds)}, processor ${s(newCharacter.cpu)}, load ${newCharacter.load}`,
    );
  }
  if (big.perReport !== undefined)
    console.log(
      `\nTargets: added per report ≤ 1.5 s (N = ${big.n}: ${s(big.perReport)}, ${big.perReport <= 1.5 ? 'on target' : 'OVER'})` +
        (big.rebuild
          ? `; rebuild ≤ 1.5 × the one-report cold build (N = 0) = ${s(1.5 * base.seconds)}: ${s(big.rebuild.text.seconds)} ${big.rebuild.text.seconds <= 1.5 * base.seconds ? 'on target' : 'OVER'}, with a new character ${s(big.rebuild.newCharacter.seconds)} ${big.rebuild.newCharacter.seconds <= 1.5 * base.seconds ? 'on target' : 'OVER'}`
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
export async function printReportBenches(ns: number[] = [1, 10, 50]): Promise<void> {
  printImportBench();
  await printBuildBenches(ns);
}
