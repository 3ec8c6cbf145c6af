import { csvRoute, figurePaths } from '../../../../model/downloads.ts';

/** /reports/<id>/data/<figure>.csv: another report's figures' data. */
export const getStaticPaths = () => figurePaths(false);
export const GET = csvRoute;
