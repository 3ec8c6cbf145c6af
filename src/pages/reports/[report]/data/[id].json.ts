/** /reports/<id>/data/<figure>.json: another report's figures' data. */
import { jsonRoute, figurePaths } from '../../../../model/downloads.ts';

export const getStaticPaths = () => figurePaths(false);
export const GET = jsonRoute;
