// What Vue needs to know about Mentorkit: its tags are custom elements, not Vue components. Give it
// to the template compiler, e.g. in vite.config.js:
//   vue({ template: { compilerOptions: { isCustomElement } } })
export const isCustomElement = (tag) => tag.startsWith('mk-');
