/**
 * The static paths of the per-report page kinds. Each kind has one route under `src/pages/[...base]/`:
 * the home report has no base (its pages keep the root addresses `/`, `/s/…`, `/og/…`, `/data/…`), every
 * other report the base `reports/<id>` (see `paths.ts`).
 */
import { getModel, type ReportModel } from './index.ts';

/** The `[...base]` route parameter of a report: none for the home report, `reports/<id>` for the others. */
export const routeBase = (report: ReportModel): string | undefined =>
  report.home ? undefined : report.paths.page.replace(/^\/|\/$/g, '');

/**
 * One static path per report and part: `parts` lists a report's parts (their route params and props);
 * by default one path per report. Every path carries its report as the `report` prop.
 */
export async function perReport<Params extends Record<string, string>, Props extends object>(
  parts: (report: ReportModel) => { params: Params; props: Props }[],
) {
  return (await getModel()).reports.flatMap((report) =>
    parts(report).map(({ params, props }) => ({
      params: { ...params, base: routeBase(report) },
      props: { ...props, report },
    })),
  );
}

/** The report pages themselves (`/`, `/reports/<id>/`). */
export const reportPages = () => perReport(() => [{ params: {}, props: {} }]);
