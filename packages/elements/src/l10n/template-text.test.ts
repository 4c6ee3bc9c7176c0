import { expect } from '@open-wc/testing';
import { loadTranslation } from '@mentorkit/core';
import { getTemplate } from '@mentorkit/schemas';
import { rubricTemplates } from '@mentorkit/schemas/kinds/rubric-templates.js';
import '../define/rag-rubric.js';

const englishTitle = (getTemplate('itt-mentor-standards-rag')!.title as Record<string, string>).en!;
const dutchTitle = (getTemplate('itt-mentor-standards-rag')!.title as Record<string, string>).nl!;

describe('built-in template text in the element’s language', () => {
  it('holds the first render until the template’s Dutch text has loaded, so no English shows first', async () => {
    expect(rubricTemplates['itt-mentor-standards-rag']!.title, 'the element’s template carries English only').to.deep.equal({
      en: englishTitle,
    });
    // The engine's Dutch catalogue is there already: only the template's text is waited for.
    await loadTranslation('nl');
    const el = document.createElement('mk-rag-rubric');
    el.setAttribute('template', 'itt-mentor-standards-rag');
    el.lang = 'nl';
    const seen: string[] = [];
    document.body.append(el);
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();
    expect(el.shadowRoot!.textContent).to.contain(dutchTitle);
    expect(seen.length, 'rendered').to.be.greaterThan(0);
    expect(
      seen.some((text) => text.includes(englishTitle)),
      'never in English',
    ).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=untranslated]'), 'not marked as untranslated').to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
