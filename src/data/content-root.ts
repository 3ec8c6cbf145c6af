import { resolve } from 'node:path';

/** The content folder (see src/content.config.ts): `content/`, or a test fixture's copy. */
export const contentRoot = resolve(process.env.REPORT_CONTENT_DIR ?? './content');
