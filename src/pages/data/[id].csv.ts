/** /data/<figure>.csv: the home report's figures' data. */
import { csvRoute, figurePaths } from '../../model/downloads.ts';

export const getStaticPaths = () => figurePaths(true);
export const GET = csvRoute;
