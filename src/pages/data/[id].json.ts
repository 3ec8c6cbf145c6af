import { jsonRoute, figurePaths } from '../../model/downloads.ts';

/** /data/<figure>.json: the home report's figures' data with units, dates and sources. */
export const getStaticPaths = () => figurePaths(true);
export const GET = jsonRoute;
