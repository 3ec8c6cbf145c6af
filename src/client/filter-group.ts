/**
 * <filter-group data-param="view">: keeps a CSS-only radio filter in the URL (?view=market), restores it
 * on load and on history navigation, and announces how many items are shown. The filtering itself is
 * CSS (`:has(:checked)`), so it works without this script.
 */
export class FilterGroup extends HTMLElement {
  connectedCallback(): void {
    const param = this.dataset.param;
    if (!param) return;
    const radios = [...this.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${param}"]`)];
    const restore = () => {
      const wanted = new URL(location.href).searchParams.get(param);
      const radio = radios.find((r) => r.value === wanted) ?? radios[0];
      if (radio) radio.checked = true;
    };
    const keep = (radio: HTMLInputElement) => {
      const url = new URL(location.href);
      if (radio === radios[0]) url.searchParams.delete(param);
      else url.searchParams.set(param, radio.value);
      history.replaceState(history.state, '', url);
    };
    // The URL decides when it names a filter. Otherwise the radios stay as they are: a reader may have
    // chosen one (the CSS filter works at once) before this code arrived; that choice goes into the URL.
    if (new URL(location.href).searchParams.has(param)) restore();
    else {
      const chosen = radios.find((r) => r.checked);
      if (chosen && chosen !== radios[0]) keep(chosen);
    }
    addEventListener('popstate', restore);
    this.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      if (!radio.checked) return;
      keep(radio);
      this.#announce(radio);
    });
  }

  #announce(radio: HTMLInputElement): void {
    const status = this.querySelector('[role=status]');
    const scope = this.closest('section');
    if (!status || !scope) return;
    // Count what the CSS filter left visible, after it has applied.
    requestAnimationFrame(() => {
      const shown = [...scope.querySelectorAll<HTMLElement>('[data-filter-item]')].filter((el) =>
        el.checkVisibility(),
      );
      const label = radio.parentElement?.textContent?.replace(/\d+$/, '').trim() ?? '';
      status.textContent = `${label}：显示${shown.length}项`;
    });
  }
}

if (!customElements.get('filter-group')) customElements.define('filter-group', FilterGroup);
