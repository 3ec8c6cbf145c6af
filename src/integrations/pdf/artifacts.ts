/**
 * Marks a page's untagged content as artifacts (pure). PDF/UA-1 wants every piece of content either
 * tagged (inside a marked-content sequence of the structure tree) or marked as /Artifact. Chromium
 * tags the document's text but leaves the page background, borders and rules and the running header
 * and footer (CSS margin boxes) unmarked. Each graphics object outside any marked-content sequence —
 * a text object, a painted path, an XObject or shading — is wrapped in `/Artifact BMC … EMC`, one by
 * one, so the wrapping never crosses a q/Q or a BT/ET boundary.
 *
 * Works on the content stream as a binary (latin1) string; returns it unchanged when it holds
 * something this does not parse (an inline image) or is unbalanced.
 */

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Path construction operators: they start (or continue) a path object. */
const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Path painting operators: they end a path object (n ends it without painting). */
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
/** Operators that paint on their own. */
const SINGLE_PAINT = new Set(['Do', 'sh']);

interface Op {
  name: string;
  /** Offset of its first operand (or of the operator when it has none). */
  start: number;
  /** Offset just after the operator. */
  end: number;
}

/** The operators of a content stream with where they and their operands start; undefined on an inline image. */
export function operators(s: string): Op[] | undefined {
  const ops: Op[] = [];
  let i = 0;
  let operandStart = -1;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25 /* % */) {
      while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
      continue;
    }
    const tokenStart = i;
    if (c === 0x28 /* ( */) {
      let depth = 0;
      for (; i < n; i++) {
        const ch = s[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      i++;
    } else if (c === 0x3c /* < */) {
      if (s[i + 1] === '<') i += 2;
      else {
        const close = s.indexOf('>', i);
        if (close < 0) return undefined;
        i = close + 1;
      }
    } else if (c === 0x3e /* > */) {
      i += s[i + 1] === '>' ? 2 : 1;
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i++;
    } else if (c === 0x2f /* / */) {
      i++;
      while (i < n && !WHITE.has(s.charCodeAt(i)) && !DELIM.has(s.charCodeAt(i))) i++;
    } else {
      while (i < n && !WHITE.has(s.charCodeAt(i)) && !DELIM.has(s.charCodeAt(i))) i++;
      const word = s.slice(tokenStart, i);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && !['true', 'false', 'null'].includes(word)) {
        if (word === 'BI' || word === 'ID' || word === 'EI') return undefined;
        ops.push({ name: word, start: operandStart >= 0 ? operandStart : tokenStart, end: i });
        operandStart = -1;
        continue;
      }
    }
    if (operandStart < 0) operandStart = tokenStart;
  }
  return ops;
}

/** The content stream with each unmarked graphics object wrapped as an artifact. */
export function markArtifacts(s: string): string {
  const ops = operators(s);
  if (!ops) return s;
  const wraps: Array<[number, number]> = [];
  let depth = 0;
  let object: { start: number; kind: 'text' | 'path' } | undefined;
  for (const op of ops) {
    const { name } = op;
    if (object?.kind === 'text') {
      if (name === 'ET') {
        if (depth === 0) wraps.push([object.start, op.end]);
        object = undefined;
      }
      if (name === 'BDC' || name === 'BMC' || name === 'EMC') return s; // marked content inside a text object
      continue;
    }
    if (object?.kind === 'path') {
      if (PATH_PAINTING.has(name)) {
        if (depth === 0 && name !== 'n') wraps.push([object.start, op.end]);
        object = undefined;
      }
      continue;
    }
    if (name === 'BDC' || name === 'BMC') depth++;
    else if (name === 'EMC') {
      if (--depth < 0) return s;
    } else if (name === 'BT') object = { start: op.start, kind: 'text' };
    else if (PATH_CONSTRUCTION.has(name)) object = { start: op.start, kind: 'path' };
    else if (SINGLE_PAINT.has(name) && depth === 0) wraps.push([op.start, op.end]);
  }
  if (depth !== 0 || object) return s;
  let out = '';
  let at = 0;
  for (const [start, end] of wraps) {
    out += `${s.slice(at, start)}/Artifact BMC\n${s.slice(start, end)}\nEMC`;
    at = end;
  }
  return out + s.slice(at);
}
