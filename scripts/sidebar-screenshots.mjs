// Pictures of the sidebar for the docs: `node scripts/sidebar-screenshots.mjs`. Builds, starts the
// preview (npm run preview) on the sample workbook, and photographs the sidebar at the width Google
// Sheets gives it (300 px) in Japanese and English, before and after "Generate funnel report":
// docs/sidebar-ja.png, docs/sidebar-ja-result.png, docs/sidebar-en.png, docs/sidebar-en-result.png.
// Needs Debian's chromium and fonts-noto-cjk (Japanese text); with chromium-l10n the date fields
// show in the Japanese order (年/月/日), as a Japanese user sees them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, launchIn, root, startPreview, stop } from './previewProcess.mjs';

const WIDTH = 300;

/** The sidebar of one language: the whole page before Generate, then the Generate section and result. */
async function photograph(language) {
  const { url, child } = await startPreview(language === 'ja' ? 'ja' : 'en_US');
  const browser = await launchIn(language);
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, reducedMotion: 'reduce' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}sidebar`);
    await page.locator(`#app[lang="${language}"][aria-busy="false"] button.generate`).waitFor();
    const before = path.join(root, 'docs', `sidebar-${language}.png`);
    await page.screenshot({ path: before, fullPage: true });

    await page.locator('button.generate').click();
    await page.locator('#app[aria-busy="false"] .result').waitFor();
    // The Generate button and everything below it: what the user scrolls to after the click.
    const top = await page.locator('.generate-panel').evaluate((element) => element.getBoundingClientRect().top + element.ownerDocument.defaultView.scrollY);
    const bottom = await page.locator('.result').evaluate((element) => element.getBoundingClientRect().bottom + element.ownerDocument.defaultView.scrollY);
    const after = path.join(root, 'docs', `sidebar-${language}-result.png`);
    await page.screenshot({ path: after, fullPage: true, clip: { x: 0, y: Math.max(0, top - 8), width: WIDTH, height: Math.ceil(bottom - top + 24) } });
    if (errors.length > 0) throw new Error(`the sidebar raised: ${errors.join('; ')}`);
    console.log(`${path.relative(root, before)}, ${path.relative(root, after)}`);
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
