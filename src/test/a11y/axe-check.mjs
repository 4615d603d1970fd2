// The HTML export under axe-core in Debian's headless Chromium, as a screen-reader user's browser
// would render it: light scheme at 1280 CSS pixels, dark scheme, and 200% zoom (640 CSS pixels at
// twice the density). Prints every violation and exits 1 if there is any, or if the page fetched
// anything; takes screenshots of each (PAGE-light.png, PAGE-dark-quotes.png, …) into OUT-DIR.
//   node axe-check.mjs PAGE.html OUT-DIR
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [page, outDir] = process.argv.slice(2);
if (!page || !outDir) {
  console.error('usage: node axe-check.mjs PAGE.html OUT-DIR');
  process.exit(2);
}
const url = pathToFileURL(resolve(page)).href;
const shot = (view) => join(outDir, `${basename(page, '.html')}-${view}.png`);
// A fresh profile for each view (playwright passes it to Chromium as --user-data-dir).
const launch = (profile, view) => chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
  ...view,
});
const views = [
  { name: 'light', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'dark' },
  { name: 'zoom-200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, colorScheme: 'light' },
];
let violations = 0;
const requests = [];
for (const { name, ...view } of views) {
  const profile = mkdtempSync(join(tmpdir(), 'endings-chromium-'));
  const context = await launch(profile, view);
  try {
    const tab = context.pages()[0] || await context.newPage();
    tab.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    // A script smuggled in by a model would show itself by an alert.
    tab.on('dialog', (d) => { requests.push(`a script's ${d.type()}: ${d.message()}`); d.dismiss(); });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(async () => await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }));
    const rules = result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length;
    console.log(`${name}: axe-core ${result.testEngine.version}, ${rules} rules: ${result.passes.length} passed, `
      + `${result.violations.length} violated, ${result.incomplete.length} to review, ${result.inapplicable.length} not applicable`);
    for (const v of result.violations) {
      violations++;
      console.log(`  VIOLATION ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`);
      for (const node of v.nodes.slice(0, 5)) {
        console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
      }
    }
    for (const v of result.incomplete) {
      console.log(`  to review: ${v.id}: ${v.help}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('; ')}`);
    }
    await tab.screenshot({ path: shot(name) });
    // What a reader sees further down: a reading's quotes, and the matrix.
    for (const [part, selector] of [['quotes', '#reading-1-beat-2'], ['matrix', '#matrix']]) {
      const target = tab.locator(selector).first();
      if (await target.count() > 0) {
        await target.evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await tab.screenshot({ path: shot(`${name}-${part}`) });
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
if (requests.length > 0) {
  console.log(`the page fetched or ran ${requests.length} things: ${requests.join(', ')}`);
  violations++;
}
console.log(violations === 0 ? 'axe: 0 violations' : `axe: ${violations} violations`);
process.exit(violations === 0 ? 0 : 1);
