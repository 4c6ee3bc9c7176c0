import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { MkFormControl } from '../../packages/core/src/form-control/form-control.js';

export interface FormControlSuiteOptions {
  /** The element's tag. */
  tag: string;
  /** Attributes that give the control a default value, e.g. `value="x"`. */
  defaultAttributes: Record<string, string>;
  /** Light-DOM content, e.g. `<option>`s. */
  children?: string;
  /** The FormData entry the default produces (null: no entry). */
  defaultEntry: string | null;
  /** Changes the value as a user would (keyboard or pointer). */
  changeByUser: (el: HTMLElement) => Promise<void>;
  /** The FormData entry after `changeByUser` (null: no entry). */
  changedEntry: string | null;
}

function attributes(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`)
    .join(' ');
}

/** The behaviour every form-associated control shares (CONVENTIONS 13). */
export function runFormControlTests(options: FormControlSuiteOptions): void {
  const tag = unsafeStatic(options.tag);
  const defaults = unsafeStatic(attributes(options.defaultAttributes));
  const children = unsafeStatic(options.children ?? '');

  async function inForm(extra = '') {
    const form = await fixture<HTMLFormElement>(
      staticHtml`<form><fieldset><${tag} name="field" label="Field" ${defaults} ${unsafeStatic(extra)}>${children}</${tag}></fieldset><button>Send</button></form>`,
    );
    const control = form.querySelector(options.tag) as MkFormControl;
    await control.updateComplete;
    return { form, control, fieldset: form.querySelector('fieldset')! };
  }

  describe(`form-control behaviour of <${options.tag}>`, () => {
    it('submits its default value under its name', async () => {
      const { form } = await inForm();
      expect(new FormData(form).get('field')).to.equal(options.defaultEntry);
    });

    it('submits what the user entered', async () => {
      const { form, control } = await inForm();
      await options.changeByUser(control);
      expect(new FormData(form).get('field')).to.equal(options.changedEntry);
    });

    it('restores the default on form reset', async () => {
      const { form, control } = await inForm();
      await options.changeByUser(control);
      form.reset();
      await control.updateComplete;
      expect(new FormData(form).get('field')).to.equal(options.defaultEntry);
    });

    it('is disabled by a disabled fieldset and then not submitted', async () => {
      const { form, control, fieldset } = await inForm();
      fieldset.disabled = true;
      await control.updateComplete;
      expect(new FormData(form).has('field')).to.equal(false);
      const enabled = control.shadowRoot!.querySelectorAll('input:enabled, textarea:enabled, select:enabled, button:enabled');
      expect(enabled.length, 'enabled inner controls').to.equal(0);
    });

    it('exposes form, labels and willValidate like a native control', async () => {
      const { form, control } = await inForm();
      expect(control.form).to.equal(form);
      expect(control.willValidate).to.equal(true);
    });

    it('blocks requestSubmit while required and empty, and takes focus', async () => {
      const form = await fixture<HTMLFormElement>(
        staticHtml`<form><${tag} name="field" label="Field" required>${children}</${tag}><button>Send</button></form>`,
      );
      const control = form.querySelector(options.tag) as MkFormControl;
      await control.updateComplete;
      let submitted = false;
      form.addEventListener('submit', (e) => {
        submitted = true;
        e.preventDefault();
      });
      form.requestSubmit();
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(control.validity.valueMissing).to.equal(true);
      expect(document.activeElement).to.equal(control);
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      expect(control.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/\S/);
    });

    it('is accessible with a label, and when invalid', async () => {
      const { control } = await inForm('required hint="Some help"');
      await expect(control).to.be.accessible();
      control.reportValidity();
      await control.updateComplete;
      await expect(control).to.be.accessible();
    });
  });
}

export { html };
