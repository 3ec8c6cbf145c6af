/** /data/<figure>.json: the home report's figures' data with units, dates and sources. */
import { jsonRoute, figurePaths } from '../../model/downloads.ts';

export const getStaticPaths = () => figurePaths(true);
export const GET = jsonRoute;
