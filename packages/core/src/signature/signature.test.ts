import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/signature.js';
import '../define/form.js';
import type { MkForm } from '../form/form.js';
import type { MkSignature } from './signature.js';

/** Draws a stroke on the canvas with synthetic pointer events (pen by default), as a browser would send them. */
export function drawStroke(el: MkSignature, points: [number, number][], pointerType = 'pen'): void {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  const at = ([x, y]: [number, number]) => ({ clientX: rect.left + x, clientY: rect.top + y });
  const init = { pointerId: 7, pointerType, isPrimary: true, bubbles: true, composed: true, button: 0, buttons: 1 };
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...at(points[0]!) }));
  for (const p of points.slice(1)) canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, ...at(p) }));
  canvas.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, ...at(points[points.length - 1]!) }));
}

async function switchMethod(el: MkSignature): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=method-button]')!.click();
  await el.updateComplete;
}

describe('<mk-signature>', () => {
  describe('rendering', () => {
    it('renders a labelled name field first, with a handwriting preview, and no canvas until asked', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature of the mentor" value="Anna Berg"></mk-signature>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('legend')!.textContent).to.contain('Signature of the mentor');
      const input = root.querySelector('input')!;
      expect(input.labels![0]!.textContent).to.equal('Type your full name');
      expect(root.querySelector('[part=preview]')!.textContent).to.equal('Anna Berg');
      expect(root.querySelector('canvas')).to.equal(null);
      expect(root.querySelector('[part=method-button]')!.textContent!.trim()).to.equal('Draw instead');
    });

    it('shows a labelled canvas with touch-action none and a Clear button when drawing', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature" method="drawn"></mk-signature>`);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(getComputedStyle(canvas).touchAction).to.equal('none');
      expect(canvas.getAttribute('aria-label')).to.contain('draw with a mouse, finger or pen');
      const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=clear-button]')!;
      expect(clear.disabled).to.equal(true);
      expect(el.matches(':state(drawn)')).to.equal(true);
    });
  });

  describe('properties', () => {
    it('keeps a drawing as SVG path data in its box, and paints a drawing given as a property', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature" method="drawn"></mk-signature>`);
      el.drawing = { svgPath: 'M10 40 C 30 10, 50 70, 70 30 S 110 20, 130 40', width: 160, height: 60 };
      await el.updateComplete;
      expect(el.signature).to.deep.equal({
        method: 'drawn',
        drawing: { svgPath: 'M10 40 C 30 10, 50 70, 70 30 S 110 20, 130 40', width: 160, height: 60 },
      });
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      expect(
        pixels.some((v, i) => i % 4 === 3 && v > 0),
        'ink on the canvas',
      ).to.equal(true);
    });

    it('ignores a drawing whose path data the schema would refuse', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature" method="drawn"></mk-signature>`);
      el.drawing = { svgPath: '<script>', width: 10, height: 10 };
      expect(el.drawing).to.equal(undefined);
    });

    it('is read-only: the name cannot be changed and the canvas does not draw', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature" method="drawn" readonly></mk-signature>`);
      drawStroke(el, [
        [10, 10],
        [60, 40],
      ]);
      expect(el.drawing).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[part=method-button]')).to.equal(null);
    });
  });

  describe('events', () => {
    it('draws with pointer events: a stroke becomes path data, fires input and change, and Clear empties it', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature" method="drawn"></mk-signature>`);
      const events: string[] = [];
      el.addEventListener('input', () => events.push('input'));
      el.addEventListener('change', () => events.push('change'));
      drawStroke(el, [
        [20, 30],
        [40, 50],
        [80.26, 20],
      ]);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(el.drawing!.svgPath).to.equal('M20 30 L40 50 L80.3 20');
      expect(el.drawing!.width).to.equal(canvas.clientWidth);
      expect(events).to.deep.equal(['input', 'change']);
      drawStroke(
        el,
        [
          [100, 60],
          [120, 70],
        ],
        'touch',
      );
      expect(el.drawing!.svgPath).to.equal('M20 30 L40 50 L80.3 20 M100 60 L120 70');
      await el.updateComplete;
      const cleared = oneEvent(el, 'change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=clear-button]')!.click();
      await cleared;
      expect(el.drawing).to.equal(undefined);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Drawing cleared');
    });

    it('ignores the right mouse button', async () => {
      const el = await fixture<MkSignature>(html`<mk-signature label="Signature" method="drawn"></mk-signature>`);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      canvas.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 1, pointerType: 'mouse', button: 2, clientX: 5, clientY: 5 }));
      expect(el.drawing).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    it('signs by typing a name, and switches to drawing and back with the keyboard', async () => {
      const wrapper = await fixture(html`<div><button>before</button><mk-signature label="Signature"></mk-signature></div>`);
      const el = wrapper.querySelector('mk-signature')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Marco Rossi' });
      expect(el.signature).to.deep.equal({ method: 'typed', typedName: 'Marco Rossi' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.method).to.equal('drawn');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('method-button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.method).to.equal('typed');
      expect(el.shadowRoot!.activeElement?.id).to.equal('control');
      expect(el.value).to.equal('Marco Rossi');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-signature',
      defaultAttributes: { value: 'Anna Berg' },
      defaultEntry: 'Anna Berg',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' Lind' });
      },
      changedEntry: 'Anna Berg Lind',
    });

    it('submits a drawing as a PNG data URL, and is required until something is drawn', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mk-signature name="sig" label="Signature" method="drawn" required></mk-signature></form>`,
      );
      const el = form.querySelector('mk-signature')!;
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(new FormData(form).get('sig')).to.equal(null);
      drawStroke(el, [
        [10, 10],
        [50, 40],
      ]);
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      expect(String(new FormData(form).get('sig'))).to.match(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    });

    it('reads and writes its signature in the record of a surrounding mk-form', async () => {
      const form = await fixture<MkForm>(html`<mk-form no-submit><mk-signature path="/sig" label="Signature"></mk-signature></mk-form>`);
      const el = form.querySelector('mk-signature')!;
      form.value = { sig: { method: 'drawn', drawing: { svgPath: 'M1 1 L5 5', width: 10, height: 10 } } };
      await el.updateComplete;
      expect(el.method).to.equal('drawn');
      expect(el.drawing).to.deep.equal({ svgPath: 'M1 1 L5 5', width: 10, height: 10 });
      await switchMethod(el);
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'Kari';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect((form.value as { sig: unknown }).sig).to.deep.equal({ method: 'typed', typedName: 'Kari' });
    });
  });

  describe('accessibility', () => {
    it('is accessible typed, drawn, empty-and-invalid, read-only and disabled', async () => {
      const el = await fixture<MkSignature>(
        html`<mk-signature label="Signature" value="Anna Berg" hint="As in your contract"></mk-signature>`,
      );
      await expect(el).to.be.accessible();
      await switchMethod(el);
      await expect(el).to.be.accessible();
      el.required = true;
      el.reportValidity();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('Please fill in this field.');
      await expect(el).to.be.accessible();
      drawStroke(el, [
        [10, 10],
        [50, 40],
      ]);
      el.readonly = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.readonly = false;
      el.disabled = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
