/**
 * Opinions name known experts; the report says how it introduces each expert it quotes (report.yaml
 * `experts`), and its source introduces them so: the titles and the name as written, the titles whole.
 */
import { checkIntroduction } from './claims.ts';
import { known, type ReportCheck } from './types.ts';

export const checkExperts: ReportCheck = (r, { content, err }) => {
  const quoted = new Map<string, string>(); // expert id → the first opinion's file
  for (const o of r.opinions.values()) {
    if (!content.experts.has(o.data.expert)) {
      err(o.file, 'expert', `unknown expert "${o.data.expert}" (known: ${known(content.experts.keys())})`);
    } else if (!quoted.has(o.data.expert)) quoted.set(o.data.expert, o.file);
  }
  const introduced = r.entry.data.experts;
  for (const [id, file] of quoted) {
    if (!introduced[id])
      err(
        r.file,
        `experts.${id}`,
        `the report quotes ${content.experts.get(id)!.data.name} (${file}): give the titles it introduces them with`,
      );
  }
  for (const [id, intro] of Object.entries(introduced)) {
    const expert = content.experts.get(id);
    if (!expert) {
      err(r.file, `experts.${id}`, `unknown expert "${id}" (known: ${known(content.experts.keys())})`);
      continue;
    }
    if (!quoted.has(id)) {
      err(r.file, `experts.${id}`, `${expert.data.name} is not quoted by any opinion of report ${r.id}`);
      continue;
    }
    if (r.source === undefined) continue;
    const problem = checkIntroduction(r.source, intro.titles, expert.data.name);
    if (problem)
      err(
        r.file,
        `experts.${id}.${problem.includes('does not occur') ? 'name' : 'titles'}`,
        `${problem} (${r.id})`,
      );
  }
};
