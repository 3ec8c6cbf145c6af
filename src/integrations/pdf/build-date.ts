/** The date a build is made, as the printed report states it (pure). */

/** Beijing time: the report's readers' and publisher's time zone. */
export const BUILD_TIME_ZONE = 'Asia/Shanghai';

/**
 * The moment a PDF is printed: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when set,
 * otherwise now. A PDF the build cache keeps is reused with the date it was printed with, so it states the
 * day its edition (the report page as it is) was first printed; SOURCE_DATE_EPOCH, when set, is part of
 * the cache key (src/integrations/chromium/chromium-assets.ts).
 */
export function buildTime(env: Record<string, string | undefined> = {}, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return now;
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/** The calendar day of `moment` in Beijing time: ISO (2026-11-27) and in Chinese (2026年11月27日). */
export function beijingDay(moment: Date): { iso: string; text: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: BUILD_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  const [y, m, d] = [parts.year, parts.month, parts.day].map(Number) as [number, number, number];
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, text: `${y}年${m}月${d}日` };
}
