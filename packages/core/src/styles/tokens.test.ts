import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define/form.js';
import type { MkForm } from '../form/form.js';

const schema = { type: 'object', properties: { name: { type: 'string', title: 'Name' } } };
const white = 'rgb(255, 255, 255)';
const darkSurface = 'rgb(22, 25, 29)';

async function formIn(themeClass: string): Promise<MkForm> {
  const host = await fixture<HTMLDivElement>(html`<div class=${themeClass}><mk-form .schema=${schema}></mk-form></div>`);
  const form = host.querySelector('mk-form')!;
  await form.updateComplete;
  return form;
}

describe('design tokens: themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

  it('follows a dark preference, unless an ancestor asks for the light theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(await formIn('')).backgroundColor, 'dark preference').to.equal(darkSurface);
    const light = await formIn('mk-theme-light');
    expect(getComputedStyle(light).backgroundColor, '.mk-theme-light').to.equal(white);
    expect(getComputedStyle(light).colorScheme).to.equal('light');
    await expect(light).to.be.accessible();
  });

  it('takes the dark theme from an ancestor class, and prints dark on white', async () => {
    const dark = await formIn('mk-theme-dark');
    expect(getComputedStyle(dark).backgroundColor, '.mk-theme-dark').to.equal(darkSurface);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(dark).backgroundColor, 'printed').to.equal(white);
    expect(getComputedStyle(dark).color).to.equal('rgb(0, 0, 0)');
  });

  it('follows a theme class switched at run time, inside nested elements too, from one style sheet on the page', async () => {
    const signature = { type: 'object', properties: { signedBy: { type: 'object', title: 'Signature', 'x-ui': { widget: 'signature' } } } };
    const host = await fixture<HTMLDivElement>(
      html`<div><mk-form .schema=${signature}></mk-form><mk-form .schema=${schema}></mk-form></div>`,
    );
    const [form] = host.querySelectorAll('mk-form');
    await form!.updateComplete;
    const pad = form!.shadowRoot!.querySelector('mk-signature')!;
    await pad.updateComplete;
    expect(getComputedStyle(form!).backgroundColor).to.equal(white);
    host.className = 'mk-theme-dark';
    expect(getComputedStyle(form!).backgroundColor, 'the form').to.equal(darkSurface);
    expect(getComputedStyle(pad).getPropertyValue('--_bg').trim(), 'a field element inside it').to.equal('#16191d');
    const themeSheets = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.mk-theme-dark')),
    );
    expect(themeSheets.length, 'one sheet for every element on the page').to.equal(1);
    host.className = '';
    expect(getComputedStyle(form!).backgroundColor).to.equal(white);
  });
});
