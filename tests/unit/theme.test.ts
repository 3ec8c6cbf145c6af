import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartThemeCss, colourOf, LIGHT, themeFromTokens, TOKEN_OF } from '../../src/charts/theme.ts';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media screen and (prefers-color-scheme: dark)');
const lightBlock = css.slice(css.indexOf(':root {'), darkStart);
const darkBlock = css.slice(darkStart);
const token = (block: string, name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];

describe('chart theme', () => {
  it('draws with the light values of the --report-chart-* tokens', () => {
    for (const [key, name] of Object.entries(TOKEN_OF)) {
      expect(token(lightBlock, name), name).toBe(colourOf(LIGHT, key));
      expect(token(darkBlock, name), `${name} (dark)`).toMatch(/^#/);
    }
  });

  it('uses a distinct colour per token, so CSS can map each back', () => {
    const colours = Object.keys(TOKEN_OF).map((k) => colourOf(LIGHT, k).toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('repaints SVG fills and strokes from the tokens', () => {
    const rules = chartThemeCss('.chart-svg');
    expect(rules).toContain(`.chart-svg [fill="${LIGHT.claim}" i]{fill:var(--report-chart-claim)}`);
    expect(rules).toContain(`.chart-svg [stroke="${LIGHT.series[0]}" i]{stroke:var(--report-chart-1)}`);
  });

  it('reads a theme from computed tokens, falling back to light', () => {
    const dark = themeFromTokens((t) => token(darkBlock, t) ?? '');
    expect(dark.claim).toBe(token(darkBlock, '--report-chart-claim'));
    expect(themeFromTokens(() => '').claim).toBe(LIGHT.claim);
  });
});
