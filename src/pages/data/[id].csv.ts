import { csvRoute, figurePaths } from '../../model/downloads.ts';

/** /data/<figure>.csv: the home report's figures' data. */
export const getStaticPaths = () => figurePaths(true);
export const GET = csvRoute;
