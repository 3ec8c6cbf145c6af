// Printing from the browser: open every <details> (data tables, citations) for the printout and close
// again afterwards. print.css does the same with ::details-content where the browser supports it.
let opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  opened.forEach((d) => (d.open = true));
});
addEventListener('afterprint', () => {
  opened.forEach((d) => (d.open = false));
  opened = [];
});
