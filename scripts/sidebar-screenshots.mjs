// Pictures of the sidebar for the docs: `node scripts/sidebar-screenshots.mjs`. Builds, starts the
// preview (npm run preview) on the sample workbook, and photographs the sidebar at the width Google
// Sheets gives it (300 px) in Japanese and English: the whole first screen (docs/sidebar-<lang>.png),
// the リード / Leads tab's column mapping open (docs/sidebar-<lang>-mapping.png) and the view right
// after "Generate funnel report" (docs/sidebar-<lang>-result.png). The last two are one screen of a
// laptop (867 px), as the user sees them, with the Generate bar at the bottom.
// Needs Debian's chromium and fonts-noto-cjk (Japanese text); with chromium-l10n the date fields
// show in the Japanese order (年/月/日), as a Japanese user sees them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, launchIn, root, startPreview, stop } from './previewProcess.mjs';

const WIDTH = 300;
/** One screen of a laptop: the sidebar's height under the Sheets toolbar. */
const SCREEN = 867;

/** The sidebar of one language: first open, one mapping open, and the result after Generate. */
async function photograph(language) {
  const { url, child } = await startPreview(language === 'ja' ? 'ja' : 'en_US');
  const browser = await launchIn(language);
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: SCREEN }, reducedMotion: 'reduce' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}sidebar`);
    await page.locator(`#app[lang="${language}"][aria-busy="false"] button.generate`).waitFor();
    const shots = [];
    const save = async (name, options = {}) => {
      const file = path.join(root, 'docs', `sidebar-${name}.png`);
      await page.screenshot({ path: file, ...options });
      shots.push(path.relative(root, file));
    };

    // The whole first screen: the view made as tall as the page, so the sticky bar sits at its end.
    const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
    await page.setViewportSize({ width: WIDTH, height });
    await save(language);
    await page.setViewportSize({ width: WIDTH, height: SCREEN });

    // One mapping open: the folded tab line opened, the leads card's mapping shown from its top.
    await page.locator('button.tabs-summary').click();
    const leads = page.locator('li.tab-card').filter({ has: page.locator('h3.tab-name', { hasText: /^リード$/ }) });
    await leads.locator('button.disclosure').click();
    await leads.evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await save(`${language}-mapping`);

    await page.locator('button.generate').click();
    await page.locator('#app[aria-busy="false"] .result').waitFor();
    await save(`${language}-result`);
    if (errors.length > 0) throw new Error(`the sidebar raised: ${errors.join('; ')}`);
    console.log(shots.join(', '));
  } finally {
    await browser.close();
    await stop(child);
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk`);
  const build = spawnSync(process.execPath, [path.join(root, 'esbuild.config.mjs'), '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  for (const language of ['ja', 'en']) await photograph(language);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
