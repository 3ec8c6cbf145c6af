// Share pages: readers go straight on to the part of the report (crawlers read this page's meta), except
// those who came for a figure's embed code or its picture (`#embed`, `#picture`, linked from the figure).
const target = document.querySelector<HTMLElement>('[data-share-target]')?.dataset.shareTarget;
if (target?.startsWith('/') && target.includes('#') && !['#embed', '#picture'].includes(location.hash))
  location.replace(target);

// A figure's embed code (#embed): its copy button, shown now that it works. Like the site's other copy
// buttons (src/client/copy-link.ts, not imported: a module shared with the reading script would be one
// more file on the first visit to `/`), it says what happened in a polite status line.
const code = document.querySelector<HTMLTextAreaElement>('#embed-code');
const copy = document.querySelector<HTMLButtonElement>('#embed-copy');
const said = document.querySelector<HTMLElement>('#embed-status');
if (code && copy && said) {
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      said.textContent = '已复制嵌入代码';
    } catch {
      code.select();
      said.textContent = '无法自动复制：代码已选中，请手动复制';
    }
  });
}
