/**
 * <figure-chart>: tooltips on the build-time SVG chart, with no charting code. Each data point of the
 * SVG carries `data-series-index` / `data-data-index` (written by inlineSvg at build time); the point
 * under the pointer finds its row in the chart's `data-rows` index, and the tooltip's text comes from the
 * figure's data table. A "交互查看" button loads the full interactive chart only when the reader asks.
 */

/** The data point an event happened on, if any. */
const pointOf = (event: Event): SVGElement | null =>
  event.target instanceof Element ? event.target.closest<SVGElement>('[data-data-index]') : null;

export class FigureChart extends HTMLElement {
  #tooltip: HTMLElement | null = null;
  #active: HTMLElement | null = null;

  connectedCallback(): void {
    this.#tooltip = this.querySelector('.figure__tooltip');
    for (const chart of this.querySelectorAll<HTMLElement>('.chart[data-rows]')) {
      const rows = JSON.parse(chart.dataset.rows ?? '[]') as Array<Array<string | null>>;
      const show = (event: Event) => {
        const point = pointOf(event);
        if (point)
          this.#show(rows[Number(point.dataset.seriesIndex)]?.[Number(point.dataset.dataIndex)], event);
      };
      chart.addEventListener('mouseover', show);
      chart.addEventListener('click', show);
      chart.addEventListener('mouseout', (event) => {
        if (pointOf(event)) this.#hide();
      });
    }
    this.#addButton();
  }

  #show(rowId: string | null | undefined, event: Event): void {
    const row = rowId ? document.getElementById(rowId) : null;
    if (!row || !this.#tooltip) return;
    // textContent, not innerText: the table usually sits in a closed <details>.
    const cells = [...row.querySelectorAll('td')].map((td) =>
      [...td.childNodes]
        .map((n) => n.textContent?.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' · '),
    );
    const [series, date, value, kind, source] = cells;
    this.#tooltip.textContent = `${date}　${value}\n${series}\n${kind}：${source}`;
    this.#tooltip.hidden = false;
    this.#active?.classList.remove('is-active');
    this.#active = row as HTMLElement;
    this.#active.classList.add('is-active');
    const box = this.getBoundingClientRect();
    const e = event as MouseEvent;
    const x = Math.min(Math.max(0, e.clientX - box.left + 12), box.width - this.#tooltip.offsetWidth);
    const y = e.clientY - box.top + 12;
    this.#tooltip.style.left = `${x}px`;
    this.#tooltip.style.top = `${y}px`;
  }

  #hide(): void {
    if (this.#tooltip) this.#tooltip.hidden = true;
    this.#active?.classList.remove('is-active');
    this.#active = null;
  }

  #addButton(): void {
    const legend = this.closest('figure')?.querySelector('.figure__legend');
    if (!legend || legend.querySelector('.figure__actions')) return;
    const li = document.createElement('li');
    li.className = 'figure__actions';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '交互查看';
    button.setAttribute('aria-describedby', `${this.dataset.figure}-title`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = '加载中…';
      try {
        const { mountInteractive } = await import('./figure-interactive.ts');
        await mountInteractive(this, this.dataset.source ?? '');
        li.remove();
      } catch (error) {
        button.disabled = false;
        button.textContent = '交互查看（加载失败，重试）';
        console.warn(error);
      }
    });
    li.append(button);
    legend.append(li);
  }
}

if (!customElements.get('figure-chart')) customElements.define('figure-chart', FigureChart);
