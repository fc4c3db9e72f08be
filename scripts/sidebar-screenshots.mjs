// Pictures of the sidebar for the docs: `node scripts/sidebar-screenshots.mjs`. Builds, starts the
// preview (npm run preview) on the sample workbook, and photographs the sidebar at the width Google
// Sheets gives it (300 px) in Japanese and English, before and after "Generate funnel report":
// docs/sidebar-ja.png, docs/sidebar-ja-result.png, docs/sidebar-en.png, docs/sidebar-en-result.png.
// Needs Debian's chromium and fonts-noto-cjk (Japanese text); with chromium-l10n the date fields
// show in the Japanese order (年/月/日), as a Japanese user sees them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const WIDTH = 300;
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts `node build/local/preview.cjs` on a free port; resolves with its URL and the child. */
function startPreview(locale) {
  const child = spawn(process.execPath, [path.join(root, 'build/local/preview.cjs'), '--port', '0', '--locale', locale], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve({ url: match[0], child });
    });
    child.once('exit', (code) => reject(new Error(`the preview stopped (exit ${code}): ${output}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

/** The sidebar of one language: the whole page before Generate, then the Generate section and result. */
async function photograph(language) {
  const { url, child } = await startPreview(language === 'ja' ? 'ja' : 'en_US');
  // The browser's own locale (--lang and LANG) decides how <input type="date"> shows its fields; a
  // context locale would override it with the English fallback.
  const browserLocale = language === 'ja' ? { lang: 'ja', env: 'ja_JP.UTF-8' } : { lang: 'en-US', env: 'en_US.UTF-8' };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--lang=${browserLocale.lang}`],
    env: { ...process.env, LANG: browserLocale.env, LANGUAGE: browserLocale.lang },
  });
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
