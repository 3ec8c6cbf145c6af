// Share pages: readers go straight on to the part of the report (crawlers read this page's meta), except
// those who came for a figure's embed code (`#embed`, linked from the figure).
const target = document.querySelector<HTMLElement>('[data-share-target]')?.dataset.shareTarget;
if (target?.startsWith('/') && target.includes('#') && location.hash !== '#embed') location.replace(target);
