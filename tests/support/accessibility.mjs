// The automated accessibility check: axe-core run inside the page, failing on serious and critical violations.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, plus axe's best practices that concern every page (landmarks, one main heading). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FAILING = new Set(['serious', 'critical']);

/**
 * The page's axe violations of at least serious impact, each with up to five elements. axe is evaluated through the
 * DevTools protocol, which the app's Content-Security-Policy does not govern (a script tag would be refused).
 */
export async function accessibilityViolations(page) {
  // Colours are judged at rest: no hover left by the last click, no button still fading in from disabled.
  await page.mouse.move(0, 0);
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
    }));
  }, TAGS);
  return violations.filter((v) => FAILING.has(v.impact));
}

/** Fails, naming the page, each rule and its first elements, when axe finds a serious or critical violation. */
export async function expectAccessible(page, label) {
  const violations = await accessibilityViolations(page);
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n  ');
  assert.equal(violations.length, 0, `${label} (${page.url()}) has accessibility violations:\n  ${report}`);
}
