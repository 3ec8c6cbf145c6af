/**
 * npm run import -- --id <id> [--url <address>] [--dry-run] <file> — turns an article (plain text as
 * copied from a web page, or a saved HTML page) into a draft report, content/reports/<id>/, that builds at
 * once: source.txt exactly as given, sections split at its headings, opinions of the experts it quotes,
 * the metadata it states, its anchor ids recorded. Before writing anything, the draft is checked with the
 * content check in a scratch copy of content/; then the review list says what was decided, what was not,
 * and what to run next. Bad input gets one error and nothing is written.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  checkContent,
  currentValues,
  formatContentError,
  listAnchors,
} from '../../src/model/checks/index.ts';
import { loadContentFromDisk } from '../../src/model/disk.ts';
import { parseContent } from '../../src/model/parse.ts';
import { anchorsJson } from '../anchors-file.ts';
import { publishedJson } from '../../src/lib/published.ts';
import { draftReport, type Draft, type KnownExpert } from './plan.ts';
import { ImportError, readInput } from './read.ts';

const USAGE = 'usage: npm run import -- --id <id> [--url <address of the page>] [--dry-run] <file>';

function fail(message: string): never {
  console.error(`import: ${message}\nNothing was written.`);
  process.exit(1);
}

let args: ReturnType<
  typeof parseArgs<{
    options: { id: { type: 'string' }; url: { type: 'string' }; 'dry-run': { type: 'boolean' } };
    allowPositionals: true;
  }>
>;
try {
  args = parseArgs({
    options: { id: { type: 'string' }, url: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const id = args.values.id;
const file = args.positionals[0];
const dryRun = args.values['dry-run'] ?? false;
if (!id || !file || args.positionals.length > 1) fail(USAGE);
if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id))
  fail(
    `"${id}" is not a report id: lower-case ASCII letters, digits and single hyphens, starting with a letter (it becomes /reports/${id}/)`,
  );
if (args.values.url && !/^https?:\/\/\S+$/.test(args.values.url))
  fail(`--url "${args.values.url}" is not an http(s) address`);

const content = resolve(process.env.REPORT_CONTENT_DIR ?? 'content');
const reportsDir = join(content, 'reports');
const existing = existsSync(reportsDir) ? readdirSync(reportsDir) : [];
const clash = existing.find((f) => f.toLowerCase() === id);
if (clash) fail(`a report "${id}" exists already (content/reports/${clash}/): choose another id`);
if (!existsSync(file)) fail(`no file ${file}`);

const expertsDir = join(content, 'experts');
const known: KnownExpert[] = existsSync(expertsDir)
  ? readdirSync(expertsDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const data = parse(readFileSync(join(expertsDir, f), 'utf8')) as Partial<KnownExpert>;
        return { id: f.replace(/\.yaml$/, ''), name: data.name ?? '', titles: data.titles ?? [] };
      })
  : [];

/** Writes the draft's files under `root` (never over a file that is there). */
function write(root: string, draft: Draft) {
  for (const [path, text] of draft.files) {
    const target = join(root, path);
    if (existsSync(target)) throw new ImportError(`${target} exists already`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/**
 * The draft, checked in a scratch copy of content/: the content check must pass for everything it adds.
 * A person whose introduction the check rejects is left out (their paragraphs stay in the article) and the
 * draft is made again; any other fault is a bug of the import and stops it.
 */
function checkedDraft(): { draft: Draft; dropped: string[]; check: string[] } {
  const input = (() => {
    try {
      const read = readInput(readFileSync(file!));
      if (args.values.url) read.page = { headings: [], captions: [], ...read.page, url: args.values.url };
      return read;
    } catch (error) {
      if (error instanceof ImportError) fail(error.message);
      throw error;
    }
  })();
  const skip = new Set<string>();
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    let draft: Draft;
    try {
      draft = draftReport(input, { id: id!, experts: known, skip });
    } catch (error) {
      if (error instanceof ImportError) fail(error.message);
      throw error;
    }
    const scratch = mkdtempSync(join(tmpdir(), 'report-import-'));
    try {
      // The site's identity and the experts, then the draft: a report is checked against its own source and
      // the shared experts, so the other reports need not be read.
      const copy = join(scratch, 'content');
      mkdirSync(join(copy, 'reports'), { recursive: true });
      if (existsSync(join(content, 'site.yaml'))) cpSync(join(content, 'site.yaml'), join(copy, 'site.yaml'));
      if (existsSync(expertsDir)) cpSync(expertsDir, join(copy, 'experts'), { recursive: true });
      write(copy, draft);
      const { content: entries, errors: schemaErrors } = loadContentFromDisk(copy);
      const parsed = parseContent(entries);
      const ours = (path: string) =>
        path.includes(`reports/${id}/`) ||
        [...draft.files.keys()].some((f) => f.startsWith('experts/') && path.endsWith(f));
      const errors = [...schemaErrors, ...checkContent(parsed)].filter(
        (e) => ours(e.file) || e.file.includes(`/${id}/`),
      );
      const rejected = errors.flatMap((e) => {
        const m = /^experts\.([a-z0-9-]+)/.exec(e.field);
        const expert = m && parsed.experts.get(m[1]!);
        return expert ? [{ name: expert.data.name, why: formatContentError(e) }] : [];
      });
      if (rejected.length) {
        for (const r of rejected) {
          skip.add(r.name);
          dropped.push(`${r.name}: ${r.why.replace(/^.*?: /, '')}`);
        }
        continue;
      }
      if (errors.length)
        fail(
          `the draft does not pass the content check (a fault of the import, please report it):\n${errors.map((e) => `  - ${formatContentError(e)}`).join('\n')}`,
        );
      const report = parsed.reports.find((r) => r.id === id)!;
      draft.files.set(
        `reports/${id}/anchors.json`,
        anchorsJson(listAnchors(report, parsed.experts).map((a) => a.id)),
      );
      draft.files.set(`reports/${id}/published.json`, publishedJson(currentValues(report)));
      return {
        draft,
        dropped,
        check: [
          `content check: the draft passes (${report.sections.length} sections, ${report.opinions.size} opinions, ${listAnchors(report, parsed.experts).length} anchor ids)`,
        ],
      };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  fail('the draft kept failing the content check');
}

const { draft, dropped, check } = checkedDraft();
if (!dryRun) {
  try {
    write(content, draft);
  } catch (error) {
    fail((error as Error).message);
  }
}
const rel = (p: string) => `content/${p}`;
const seconds = process.uptime().toFixed(1);
const c = draft.counts;
console.log(
  `${dryRun ? 'Dry run — would write' : 'Wrote'} content/reports/${id}/: ${c.sections} section(s), ${c.paragraphs} paragraph(s), ${c.opinions} opinion(s) of ${c.experts} expert(s) (${c.newExperts} new) in ${seconds} s`,
);
for (const [path, text] of draft.files) console.log(`  ${rel(path)} (${Buffer.byteLength(text)} bytes)`);
console.log(`\n# Review list for content/reports/${id}/\n`);
console.log(draft.review.join('\n'));
if (dropped.length)
  console.log(
    `\n## Left out (the content check rejected the introduction)\n${dropped.map((d) => `- ${d}`).join('\n')}`,
  );
console.log(`\n${check.join('\n')}`);
console.log(
  dryRun
    ? `\nNothing was written (--dry-run). Run again without --dry-run to write the draft.`
    : `\n## Next\n1. Review content/reports/${id}/report.yaml and the list above (publisher, date, kind, credits' author, experts).\n2. npm run check:content      # the article verbatim, titles, dates, anchors (after edits: npm run anchors:update)\n3. npm run build              # its page /reports/${id}/, share pages and PDF`,
);
