import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import coreManifest from '../packages/core/custom-elements.json';
import elementsManifest from '../packages/elements/custom-elements.json';

// One manifest for the docs pages: the elements of every package.
setCustomElementsManifest({
  schemaVersion: coreManifest.schemaVersion,
  modules: [...coreManifest.modules, ...elementsManifest.modules],
});

const preview: Preview = {
  // A docs page for every element, from the custom-elements manifest (properties, attributes, events, slots, parts, CSS properties).
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'nb', title: 'Norsk bokmål' },
          { value: 'fi', title: 'Suomi' },
          { value: 'it', title: 'Italiano' },
          { value: 'nl', title: 'Nederlands' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const lang = (context.globals['lang'] as string) || 'en';
      const theme = (context.globals['theme'] as string) || 'light';
      document.documentElement.lang = lang;
      document.body.classList.remove('mk-theme-light', 'mk-theme-dark', 'mk-theme-high-contrast');
      document.body.classList.add(`mk-theme-${theme}`);
      return story();
    },
  ],
};

export default preview;
