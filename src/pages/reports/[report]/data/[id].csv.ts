/** /reports/<id>/data/<figure>.csv: another report's figures' data. */
import { csvRoute, figurePaths } from '../../../../model/downloads.ts';

export const getStaticPaths = () => figurePaths(false);
export const GET = csvRoute;
