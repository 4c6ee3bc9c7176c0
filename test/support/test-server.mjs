// Dev-server middleware for tests that need real HTTP behaviour: pages served with a strict
// Content-Security-Policy (the runner's own page uses an inline script, so it cannot carry one).

/** Exactly the policy docs/security.md says the elements run under (elements-csp.test.ts checks both agree). */
export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

export async function testServerMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', strictPolicy);
  }
}
