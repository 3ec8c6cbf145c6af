/**
 * The charts' colours. SSR draws with the light values below; each is also a CSS custom property in
 * src/styles/tokens.css (light and dark), and `chartThemeCss()` maps every drawn colour back to its
 * property so the same SVG follows the reader's theme (and print) without re-rendering.
 */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  /** Independently sourced series, in order. */
  series: [string, string, string];
  /** The report's own claims. */
  claim: string;
  /** Event markers on the time axis. */
  event: string;
  /** Font family for chart text (a generic family: the page's CSS puts its CJK stack on SVG text). */
  fontFamily: string;
  /** Base font size in px at the chart's natural size (never below 11 on screen). */
  fontSize: number;
}

/** Light theme: the values of the --report-chart-* tokens in tokens.css. */
export const LIGHT: ChartTheme = {
  text: '#2b2b2e',
  muted: '#5f5c55',
  grid: '#e3ded2',
  series: ['#1f5fa8', '#0b6b3a', '#6a4c93'],
  claim: '#c2410c',
  event: '#7a776f',
  fontFamily: 'sans-serif',
  fontSize: 12,
};

/** Which CSS custom property each theme colour comes from. */
export const TOKEN_OF: Record<string, string> = {
  text: '--report-chart-text',
  muted: '--report-chart-muted',
  grid: '--report-chart-grid',
  'series.0': '--report-chart-1',
  'series.1': '--report-chart-2',
  'series.2': '--report-chart-3',
  claim: '--report-chart-claim',
  event: '--report-chart-event',
};

/** The colour of a theme key (`text`, `series.1`, …). */
export function colourOf(theme: ChartTheme, key: string): string {
  const [name, i] = key.split('.') as [keyof ChartTheme, string | undefined];
  const v = theme[name];
  return Array.isArray(v) ? v[Number(i)]! : String(v);
}

/**
 * CSS that repaints build-time SVG charts from the tokens: every `fill`/`stroke` attribute drawn with a
 * light-theme colour takes the matching custom property instead (CSS beats SVG presentation attributes).
 */
export function chartThemeCss(scope: string, theme: ChartTheme = LIGHT): string {
  return Object.entries(TOKEN_OF)
    .map(([key, token]) => {
      const hex = colourOf(theme, key);
      return `${scope} [fill="${hex}" i]{fill:var(${token})}${scope} [stroke="${hex}" i]{stroke:var(${token})}`;
    })
    .join('\n');
}

/** A theme read from computed CSS custom properties (in the browser), falling back to LIGHT. */
export function themeFromTokens(read: (token: string) => string): ChartTheme {
  const get = (key: string) => read(TOKEN_OF[key]!).trim() || colourOf(LIGHT, key);
  return {
    ...LIGHT,
    text: get('text'),
    muted: get('muted'),
    grid: get('grid'),
    series: [get('series.0'), get('series.1'), get('series.2')],
    claim: get('claim'),
    event: get('event'),
  };
}
