import { expect, fixture, html } from '@open-wc/testing';
import '../define/form.js';
import '../define/array.js';
import { isRelativePointer, resolveRelativePointer } from '../store/pointer.js';
import type { MkForm } from './form.js';

type Field = HTMLElement & { updateComplete: Promise<boolean> };

describe('showIf with a relative pointer', () => {
  it('resolves Relative JSON Pointers against a field’s pointer', () => {
    expect(isRelativePointer('1/status')).to.equal(true);
    expect(isRelativePointer('0')).to.equal(true);
    expect(isRelativePointer('status')).to.equal(false);
    expect(isRelativePointer('/status')).to.equal(false);
    expect(resolveRelativePointer('/actions/0/reason', '1/status')).to.equal('/actions/0/status');
    expect(resolveRelativePointer('/a~1b/c', '1/d')).to.equal('/a~1b/d');
    expect(resolveRelativePointer('/a/b', '2')).to.equal('');
    expect(() => resolveRelativePointer('/a', '2/x')).to.throw(SyntaxError);
  });

  it('shows an array item’s field on the value beside it, per item', async () => {
    const schema = {
      type: 'object',
      properties: {
        actions: {
          type: 'array',
          title: 'Actions',
          items: {
            type: 'object',
            title: 'Action',
            properties: {
              status: { type: 'string', title: 'Status', enum: ['open', 'dropped'] },
              reason: { type: 'string', title: 'Reason' },
            },
          },
        },
      },
    };
    const ui = { 'actions.-.reason': { showIf: { path: '1/status', equals: 'dropped' } } };
    const value = { actions: [{ status: 'open' }, { status: 'dropped', reason: 'No time' }] };
    const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .ui=${ui} .value=${value}></mk-form>`);
    const array = el.shadowRoot!.querySelector('mk-array') as Field;
    await array.updateComplete;
    const reason = (i: number) => array.shadowRoot!.querySelector(`[path="/actions/${i}/reason"]`)!.parentElement!;
    expect(reason(0).hidden).to.equal(true);
    expect(reason(1).hidden).to.equal(false);
    el.store.set('/actions/0/status', 'dropped');
    el.store.set('/actions/1/status', 'open');
    expect(reason(0).hidden).to.equal(false);
    expect(reason(1).hidden).to.equal(true);
  });

  it('keeps up with the record while its form is out of the page, and a field removed with a new schema stops following', async () => {
    const schema = {
      type: 'object',
      properties: { status: { type: 'string', title: 'Status', enum: ['open', 'dropped'] }, reason: { type: 'string', title: 'Reason' } },
    };
    const ui = { reason: { showIf: { path: 'status', equals: 'dropped' } } };
    const el = await fixture<MkForm>(html`<div><mk-form .schema=${schema} .ui=${ui} .value=${{ status: 'open' }}></mk-form></div>`).then(
      (div) => div.querySelector('mk-form')!,
    );
    await el.updateComplete;
    const reason = () => el.shadowRoot!.querySelector('[path="/reason"]')!.parentElement!;
    expect(reason().hidden).to.equal(true);
    const place = el.parentElement!;
    el.remove();
    el.store.set('/status', 'dropped');
    place.append(el);
    await el.updateComplete;
    expect(reason().hidden, 'shown: the record changed while the form was out of the page').to.equal(false);
    el.schema = { ...schema };
    el.ui = { reason: { showIf: { path: 'status', equals: 'open' } } };
    await el.updateComplete;
    el.store.set('/status', 'open');
    await Promise.resolve();
    expect(reason().hidden, 'the new hint decides').to.equal(false);
    el.store.set('/status', 'dropped');
    await Promise.resolve();
    expect(reason().hidden).to.equal(true);
  });
});
