// Dev-server middleware for tests that need real HTTP behaviour: pages served with a strict
// Content-Security-Policy (the runner's own page uses an inline script, so it cannot carry one).
export async function testServerMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:");
  }
}
