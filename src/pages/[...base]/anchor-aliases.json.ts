/**
 * `<report>/anchor-aliases.json`: the report's retired anchor ids and where they point now (report.yaml
 * `anchorAliases`). The page names it in a <meta> (src/components/AnchorAliases.astro); the landing script
 * fetches it only when a link's id is not on the page, so the map costs nothing on a first visit.
 */
import type { APIRoute } from 'astro';
import { reportPages } from '../../model/routes.ts';

export const getStaticPaths = () => reportPages();

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.report.data.anchorAliases), {
    headers: { 'Content-Type': 'application/json' },
  });
