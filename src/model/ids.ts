/**
 * Entry ids of the content collections, the same whether Astro's glob loaders or the disk loader of the
 * scripts read them. A report's id is its folder name in lower case (its URL is `/reports/<id>/`); every
 * other entry of a report has the id `<report>/<file name>`, its file name being its public anchor
 * (`entrySlug`, src/lib/anchors.ts).
 */

/** The report id of a path relative to content/reports/, e.g. `qinghe-xinghe/sections/overview.mdx` → qinghe-xinghe. */
export const reportIdOf = (path: string): string => path.replaceAll('\\', '/').split('/')[0]!.toLowerCase();

/** The id of an entry of a report: `qinghe-xinghe/opinions/lin-zhiyuan-1.mdx` → `qinghe-xinghe/lin-zhiyuan-1`. */
export function entryIdOf(path: string): string {
  const parts = path.replaceAll('\\', '/').split('/');
  return `${reportIdOf(path)}/${parts[parts.length - 1]!.replace(/\.[^.]+$/, '')}`;
}

/** The report part of an entry id (`qinghe-xinghe/lin-zhiyuan-1` → `qinghe-xinghe`). */
export const reportOf = (entryId: string): string => entryId.slice(0, entryId.indexOf('/'));

/**
 * Report ids are folder names compared without case (hosts on case-insensitive file systems would serve
 * /reports/QingHe/ and /reports/qinghe/ as one): a second folder with the same id is an error, named
 * with both files.
 */
export function reportIdTracker(): (path: string) => string {
  const seen = new Map<string, string>();
  return (path) => {
    const id = reportIdOf(path);
    const folder = path.replaceAll('\\', '/').split('/')[0]!;
    const other = seen.get(id);
    if (other !== undefined && other !== folder) {
      throw new Error(
        `content/reports/${folder}/report.yaml → id: "${id}" is already the id of content/reports/${other}/ (report ids are folder names, compared without case)`,
      );
    }
    seen.set(id, folder);
    return id;
  };
}
