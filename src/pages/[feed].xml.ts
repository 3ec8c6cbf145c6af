/**
 * /rss.xml: the feed of every report, newest first (RSS 2.0 by @astrojs/rss; each entry: src/lib/feed.ts).
 * A feed needs absolute addresses, so it is built only when the site has a public address
 * (src/lib/site-url.ts); without one there is no feed, and no page links one (like the sitemap).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_NAMESPACES, FEED_PATH, FEED_TYPE, feedItem } from '../lib/feed.ts';
import { getModel } from '../model/index.ts';
import { REPORTS_INDEX } from '../model/paths.ts';

/** The one path, `rss` of /rss.xml, when the site has a public address; none without. */
export const getStaticPaths = (() =>
  import.meta.env.SITE
    ? [{ params: { feed: FEED_PATH.slice(1, -'.xml'.length) } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error(`${FEED_PATH} needs the site's public address`);
  const { site: meta, reports } = await getModel();
  const body = await rss({
    title: `${meta.name}：全部报告`,
    description: `${meta.name}（${meta.publisher}）收录的全部报告，最新的在前。每份报告的发布日期按其来源的精度给出（据推定的注明依据），不写出来源没有的日或时刻。`,
    // The channel's page is the reports index.
    site: new URL(REPORTS_INDEX, site).href,
    xmlns: FEED_NAMESPACES,
    customData: `<language>zh-CN</language><atom:link href="${new URL(FEED_PATH, site).href}" rel="self" type="${FEED_TYPE}"/>`,
    items: reports.map((r) => feedItem({ ...r, url: new URL(r.paths.page, site).href })),
  }).then((res) => res.text());
  return new Response(body, { headers: { 'Content-Type': `${FEED_TYPE}; charset=utf-8` } });
};
