/**
 * The `_headers` file (public/_headers) as static hosts read it (Netlify, Cloudflare Pages): blocks of a
 * path pattern (`*` matches any characters, `:name` one path segment) followed by indented `Name: value`
 * lines; `#` starts a comment. A request gets the headers of every block whose pattern matches its path;
 * an indented `! Name` (Cloudflare Pages' detach) removes a header that an earlier matching block set.
 * The bench, the dist checks and the nginx test read the file through this, so the file stays the single
 * statement of the headers.
 */

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
  /** Headers this rule removes from what earlier matching rules set (`! Name`). */
  detach?: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detach && rule) {
      (rule.detach ??= []).push(detach[1]!);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!m || !rule) throw new Error(`_headers: cannot read line "${line}"`);
    rule.headers.push([m[1]!, m[2]!]);
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z][A-Za-z0-9_]*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

/** The rules whose pattern matches `path`, in file order. */
export const rulesFor = (rules: HeaderRule[], path: string): HeaderRule[] =>
  rules.filter((r) => patternMatches(r.pattern, path));

/**
 * The headers a path gets, by lower-case name. Throws when two matching rules name the same header
 * (unless the later one detaches it first): hosts would join the two values with a comma (Cloudflare
 * Pages) or pick one (Netlify).
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rulesFor(rules, path)) {
    for (const name of rule.detach ?? []) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (out.has(key))
        throw new Error(`_headers: ${name} is set twice for ${path} (in ${rule.pattern} too)`);
      out.set(key, value);
    }
  }
  return out;
}
