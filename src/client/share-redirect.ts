// Share pages: readers go straight on to the part of the report (crawlers read this page's meta).
const target = document.querySelector<HTMLElement>('[data-share-target]')?.dataset.shareTarget;
if (target?.startsWith('/') && target.includes('#')) location.replace(target);
