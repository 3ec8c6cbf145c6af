import { jsonRoute, figurePaths } from '../../../../model/downloads.ts';

/** /reports/<id>/data/<figure>.json: another report's figures' data. */
export const getStaticPaths = () => figurePaths(false);
export const GET = jsonRoute;
