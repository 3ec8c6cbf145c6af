/**
 * Sections hold only paragraphs and the components that place things; every opinion and figure of a
 * report is placed exactly once, in its own report, in the section it names; opinions hold paragraphs.
 */
import type { Part } from '../parse.ts';
import { at, known, type ReportCheck } from './types.ts';

export const checkPlacements: ReportCheck = (r, { content, err }) => {
  const placeable = {
    opinion: { tag: 'Opinion', entries: r.opinions as Map<string, Part<{ section: string }>> },
    figure: { tag: 'Figure', entries: r.figures as Map<string, Part<{ section: string }>> },
  } as const;
  // Which other report has an entry of this kind and id, for a clearer message.
  const elsewhere = (kind: 'opinion' | 'figure', id: string) =>
    content.reports.find((o) => o.id !== r.id && (kind === 'opinion' ? o.opinions : o.figures).has(id))?.id;

  const placedIn = new Map<string, string>(); // "<kind>:<id>" → file of the section placing it
  for (const s of r.sections) {
    for (const b of s.blocks) {
      const field = at(s.blocks, b);
      if (b.kind === 'other') {
        err(
          s.file,
          field,
          `unexpected ${b.name ? `<${b.name}>` : b.type}: a section holds paragraphs, <Opinion id="…" />, <Figure id="…" /> and <OmittedImage caption="…" />`,
        );
      } else if (b.kind === 'opinion' || b.kind === 'figure') {
        const { tag, entries } = placeable[b.kind];
        const entry = entries.get(b.id);
        if (!entry) {
          const other = elsewhere(b.kind, b.id);
          err(
            s.file,
            field,
            other
              ? `<${tag} id="${b.id}" /> is ${b.kind === 'opinion' ? 'an' : 'a'} ${b.kind} of report ${other}: a report places only its own ${b.kind}s`
              : `<${tag} id="${b.id}" /> names an unknown ${b.kind} (known: ${known(entries.keys())})`,
          );
          continue;
        }
        const key = `${b.kind}:${b.id}`;
        const before = placedIn.get(key);
        if (before) err(s.file, field, `${b.kind} "${b.id}" is placed twice (also in ${before})`);
        placedIn.set(key, s.file);
        if (entry.data.section !== s.slug)
          err(entry.file, 'section', `says "${entry.data.section}" but the ${b.kind} is placed in ${s.file}`);
      } else if (b.kind === 'omitted-image' && !b.caption) {
        err(s.file, field, '<OmittedImage> needs a caption');
      }
    }
  }
  const sections = new Map(r.sections.map((s) => [s.slug, s]));
  for (const [kind, { tag, entries }] of Object.entries(placeable)) {
    for (const entry of entries.values()) {
      const section = sections.get(entry.data.section);
      if (!section) {
        err(
          entry.file,
          'section',
          `unknown section "${entry.data.section}" of report ${r.id} (known: ${known(sections.keys())})`,
        );
      } else if (!placedIn.has(`${kind}:${entry.slug}`)) {
        err(
          entry.file,
          'section',
          `the ${kind} is never placed: add <${tag} id="${entry.slug}" /> to ${section.file}`,
        );
      }
    }
  }
  for (const o of r.opinions.values()) {
    if (!o.paragraphs.length) err(o.file, 'body', 'an opinion needs at least one paragraph');
    for (const b of o.blocks)
      if (b.kind !== 'paragraph')
        err(o.file, at(o.blocks, b), 'only paragraphs of text belong in an opinion');
  }
};
