// Everything the report page needs before interaction; each module is small and self-contained.
import './landing.ts';
import './copy-link.ts';
import './passage-link.ts';
import './toc.ts';
import './print.ts';
