/**
 * CSS-only filters (`:has(:checked)`, src/components/FilterGroup.astro) for a report's own vocabularies:
 * the rules that hide, when a term is chosen, the items of the other terms. Generated from the
 * report's metadata, so a report with other timeline categories or grid perspectives needs no CSS.
 */
export interface FilterRules {
  /** The element that holds the radio group and the items, e.g. `.timeline`. */
  scope: string;
  /** The radio group's name (the URL parameter), e.g. cat. */
  param: string;
  /** The items, e.g. `.event` or `[data-perspective]`. */
  items: string;
  /** The attribute naming an item's term(s), space-separated, e.g. data-category. */
  attribute: string;
  /** The terms' ids. */
  values: string[];
}

const ident = (v: string) => {
  if (!/^[a-z][a-z0-9-]*$/.test(v)) throw new Error(`filterCss: "${v}" is not a plain id`);
  return v;
};

/** The rules: with term v chosen, every item without v in its attribute is hidden. */
export function filterCss({ scope, param, items, attribute, values }: FilterRules): string {
  return values
    .map(ident)
    .map(
      (v) =>
        `${scope}:has(input[name='${ident(param)}'][value='${v}']:checked) ${items}:not([${attribute}~='${v}']){display:none}`,
    )
    .join('\n');
}
