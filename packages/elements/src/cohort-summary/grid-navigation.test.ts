import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { GridNavigationController } from './grid-navigation.js';

/** A bare grid of `rows` × 4 text cells driven by the controller. */
class TestGrid extends LitElement {
  rows = 1000;
  activated: string[] = [];
  grid = new GridNavigationController(this, {
    rowCount: () => this.rows,
    colCount: () => 4,
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
    cell: ({ row, col }) => this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`),
    activate: ({ row, col }) => this.activated.push(`${row},${col}`),
  });

  override render() {
    const [start, end] = this.grid.range;
    const cell = (row: number, col: number) =>
      html`<span
        role=${row < 0 ? 'columnheader' : 'gridcell'}
        data-row=${row}
        data-col=${col}
        tabindex=${this.grid.active.row === row && this.grid.active.col === col ? 0 : -1}
        >${row}:${col}</span
      >`;
    const rows = [];
    for (let row = start; row < end; row++)
      rows.push(html`<div role="row" data-body-row class="row">${[0, 1, 2, 3].map((col) => cell(row, col))}</div>`);
    return html`<div
      class="scroller"
      role="grid"
      @keydown=${(e: KeyboardEvent) => this.grid.onKeyDown(e)}
      @scroll=${() => this.grid.onScroll()}
    >
      <div role="row" data-header-row>${[0, 1, 2, 3].map((col) => cell(-1, col))}</div>
      ${rows}
    </div>`;
  }
}
customElements.define('test-grid-navigation', TestGrid);

const key = (el: TestGrid, name: string, ctrl = false) =>
  el.grid.onKeyDown(new KeyboardEvent('keydown', { key: name, ctrlKey: ctrl, cancelable: true }));

describe('GridNavigationController', () => {
  it('moves the active cell with arrows, Home/End, Ctrl+Home/End and PageDown, within the grid', async () => {
    const el = await fixture<TestGrid>(testHtml`<test-grid-navigation></test-grid-navigation>`);
    expect(el.grid.active).to.deep.equal({ row: -1, col: 0 });
    key(el, 'ArrowUp');
    key(el, 'ArrowLeft');
    expect(el.grid.active).to.deep.equal({ row: -1, col: 0 }, 'stays inside at the top left');
    key(el, 'ArrowDown');
    key(el, 'ArrowRight');
    expect(el.grid.active).to.deep.equal({ row: 0, col: 1 });
    key(el, 'End');
    expect(el.grid.active.col).to.equal(3);
    key(el, 'Home');
    expect(el.grid.active.col).to.equal(0);
    key(el, 'PageDown');
    expect(el.grid.active.row).to.equal(el.grid.pageSize);
    key(el, 'End', true);
    expect(el.grid.active).to.deep.equal({ row: 999, col: 3 });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.renderRoot.querySelector('[data-row="999"][data-col="3"]'), 'the last row is rendered').to.exist;
    key(el, 'Home', true);
    expect(el.grid.active).to.deep.equal({ row: -1, col: 0 });
  });

  it('renders a window of rows, not all of them, and clamps after rows go away', async () => {
    const el = await fixture<TestGrid>(testHtml`<test-grid-navigation></test-grid-navigation>`);
    const [start, end] = el.grid.range;
    expect(start).to.equal(0);
    expect(end - start).to.be.lessThan(100);
    key(el, 'End', true);
    el.rows = 10;
    el.grid.clamp();
    expect(el.grid.active).to.deep.equal({ row: 9, col: 3 });
  });

  it('Enter and Space activate the active cell', async () => {
    const el = await fixture<TestGrid>(testHtml`<test-grid-navigation></test-grid-navigation>`);
    key(el, 'ArrowDown');
    key(el, 'Enter');
    key(el, ' ');
    expect(el.activated).to.deep.equal(['0,0', '0,0']);
  });
});
