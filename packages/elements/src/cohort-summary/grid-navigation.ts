import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A cell of the grid: `row` -1 is the header row; `col` 0 the row header. */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridNavigationOptions {
  rowCount: () => number;
  colCount: () => number;
  /** The scrolling element that holds the body rows. */
  scroller: () => HTMLElement | null | undefined;
  /** The rendered cell at a position, if it is rendered. */
  cell: (position: GridPosition) => HTMLElement | null | undefined;
  /** Enter or Space on a cell. */
  activate: (position: GridPosition) => void;
}

/** Rows rendered beyond the visible ones, above and below, so fast scrolling shows no gap. */
const overscan = 8;

/**
 * Keyboard and rendering window of a large ARIA grid. One cell is in the tab order (roving
 * tabindex); arrow keys, Home/End (Ctrl for the first and last row), PageUp/PageDown move it. Only the
 * rows in view (plus a few) are rendered: a move to a row out of view scrolls it into view, waits
 * for the render, then focuses the cell. While printing, every row is rendered.
 *
 * A controller rather than part of the element: it has one job (where focus and the window are) and
 * its own test, and the element keeps what the grid shows.
 */
export class GridNavigationController implements ReactiveController {
  active: GridPosition = { row: -1, col: 0 };
  /** Height of a body row in px, measured after the first render. */
  rowHeight = 32;
  /** First rendered body row. */
  first = 0;
  printing = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: GridNavigationOptions;
  #frame = 0;
  readonly #print = window.matchMedia('print');
  readonly #onPrint = () => this.#setPrinting(this.#print.matches);
  readonly #beforePrint = () => this.#setPrinting(true);
  readonly #afterPrint = () => this.#setPrinting(false);

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridNavigationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#print.addEventListener('change', this.#onPrint);
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  hostDisconnected(): void {
    this.#print.removeEventListener('change', this.#onPrint);
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    cancelAnimationFrame(this.#frame);
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller();
    const row = scroller?.querySelector<HTMLElement>('[data-body-row]');
    const height = row?.getBoundingClientRect().height;
    if (height && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      this.#host.requestUpdate();
    }
  }

  #setPrinting(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  }

  /** Body rows that fit in the scroller. */
  get pageSize(): number {
    const height = this.#options.scroller()?.clientHeight || 600;
    return Math.max(1, Math.floor(height / this.rowHeight));
  }

  /** The body rows to render: [start, end). */
  get range(): [number, number] {
    const count = this.#options.rowCount();
    if (this.printing) return [0, count];
    const start = Math.max(0, Math.min(this.first, count) - overscan);
    return [start, Math.min(count, this.first + this.pageSize + overscan)];
  }

  /** Keep the active cell inside the grid after rows or columns change (a filter, a new page). */
  clamp(): void {
    const rows = this.#options.rowCount();
    const cols = this.#options.colCount();
    this.active = { row: Math.min(this.active.row, rows - 1), col: Math.max(0, Math.min(this.active.col, cols - 1)) };
    this.first = Math.max(0, Math.min(this.first, rows - 1));
  }

  /** The scroller moved: render the rows now in view, once per frame. */
  onScroll(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const top = this.#options.scroller()?.scrollTop ?? 0;
      const first = Math.floor(top / this.rowHeight);
      if (first !== this.first) {
        this.first = first;
        this.#host.requestUpdate();
      }
    });
  }

  /** A cell got focus by pointer or script: it becomes the active one. */
  onFocusIn(position: GridPosition): void {
    if (position.row === this.active.row && position.col === this.active.col) return;
    this.active = position;
    this.#host.requestUpdate();
  }

  onKeyDown(event: KeyboardEvent): void {
    const rows = this.#options.rowCount();
    const last = this.#options.colCount() - 1;
    const { row, col } = this.active;
    const ctrl = event.ctrlKey || event.metaKey;
    let next: GridPosition | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = { row, col: Math.min(last, col + 1) };
        break;
      case 'ArrowLeft':
        next = { row, col: Math.max(0, col - 1) };
        break;
      case 'ArrowDown':
        next = { row: Math.min(rows - 1, row + 1), col };
        break;
      case 'ArrowUp':
        next = { row: Math.max(-1, row - 1), col };
        break;
      case 'Home':
        next = ctrl ? { row: -1, col: 0 } : { row, col: 0 };
        break;
      case 'End':
        next = ctrl ? { row: rows - 1, col: last } : { row, col: last };
        break;
      case 'PageDown':
        next = { row: Math.min(rows - 1, row + this.pageSize), col };
        break;
      case 'PageUp':
        next = { row: Math.max(-1, row - this.pageSize), col };
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#options.activate(this.active);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.focus(next);
  }

  /** Makes a cell active, scrolls its row into view if it is not rendered, and focuses it. */
  async focus(position: GridPosition): Promise<void> {
    this.active = position;
    const scroller = this.#options.scroller();
    if (scroller && position.row >= 0) {
      const top = position.row * this.rowHeight;
      const header = scroller.querySelector<HTMLElement>('[data-header-row]')?.offsetHeight ?? 0;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + this.rowHeight > scroller.scrollTop + scroller.clientHeight - header)
        scroller.scrollTop = top + this.rowHeight - scroller.clientHeight + header;
      this.first = Math.floor(scroller.scrollTop / this.rowHeight);
      const [start, end] = this.range;
      if (position.row < start || position.row >= end) this.first = position.row;
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#options.cell(position)?.focus({ preventScroll: position.row < 0 });
  }
}
