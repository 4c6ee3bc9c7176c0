// Loads the bundle of the renderer the page's URL names (renderer.html?renderer=mk-form).
const renderer = new URLSearchParams(location.search).get('renderer');
if (!/^[a-z-]+$/.test(renderer ?? '')) throw new Error(`renderer.html: no renderer in ${location.search}`);
await import(`../dist/harness/${renderer}.js`);
