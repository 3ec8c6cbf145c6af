/** Types Astro's globals carry for this site: `Astro.locals.report`. */
declare namespace App {
  interface Locals {
    /** The report being rendered: MDX components (<Opinion>, <Figure>) read their entries from it. */
    report?: import('./model/build.ts').ReportModel;
  }
}
