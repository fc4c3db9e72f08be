// Screenshots for the Google Workspace Marketplace listing (1280×800, the size the listing asks
// for): `node scripts/marketplace-screenshots.mjs`. Builds, starts the preview (npm run preview) on
// the sample workbook and photographs, in Japanese and English, a spreadsheet-like page with a
// report sheet on the left (the pictures scripts/render-report-pictures.mjs made from the real
// report) and the live sidebar on the right at the width Google Sheets gives it. Writes
// docs/marketplace/screenshot-{1,2,3}-{ja,en}.png. Needs Debian's chromium and fonts-noto-cjk, as
// scripts/sidebar-screenshots.mjs does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, launchIn, root, startPreview, stop } from './previewProcess.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const OUT = path.join(root, 'docs', 'marketplace');

/** The three pictures: which report sheet is shown, whether a mapping is open or Generate was clicked, and the caption. */
const SHOTS = [
  {
    report: 'summary',
    generate: false,
    mapping: true,
    caption: { ja: 'タブを読み取り、列の対応づけを自動で判定', en: 'Reads your tabs and maps their columns automatically' },
  },
  {
    report: 'channels',
    generate: true,
    caption: { ja: 'ボタン1つでチャネル別・月次のファネルレポート', en: 'One click: funnel report by channel and by month' },
  },
  {
    report: 'monthly',
    generate: true,
    caption: { ja: '=CAC() や =CONVERSION_RATE() などの KPI 関数も', en: 'Plus KPI functions such as =CAC() and =CONVERSION_RATE()' },
  },
];

function pictureDataUrl(report) {
  const file = path.join(root, 'docs', `report-${report}.png`);
  if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run npm start, then node scripts/render-report-pictures.mjs`);
  return `data:image/png;base64,${readFileSync(file).toString('base64')}`;
}

/** A spreadsheet-like window: a title bar, the report picture, the sidebar iframe, a caption. */
function composition(sidebarUrl, report, caption, language) {
  const title = language === 'ja' ? 'ファネルKPI' : 'Funnel KPI';
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1280px; height: 800px; display: grid; grid-template-rows: 56px 1fr 64px; font-family: "Noto Sans CJK JP", sans-serif; background: #f8f9fa; color: #202124; }
  header { display: flex; align-items: center; gap: 12px; padding: 0 20px; background: #fff; border-bottom: 1px solid #dadce0; font-size: 18px; }
  header .dot { width: 28px; height: 28px; border-radius: 6px; background: #188038; }
  main { display: grid; grid-template-columns: 1fr 300px; min-height: 0; }
  .sheet { overflow: hidden; background: #fff; }
  .sheet img { width: 1500px; display: block; margin: -40px 0 0 -20px; }
  iframe { width: 300px; height: 100%; border: 0; border-left: 1px solid #dadce0; background: #fff; }
  footer { display: flex; align-items: center; justify-content: center; font-size: 24px; font-weight: 600; background: #188038; color: #fff; }
</style></head><body>
<header><span class="dot"></span>${title}</header>
<main><div class="sheet"><img src="${pictureDataUrl(report)}" alt=""></div><iframe src="${sidebarUrl}"></iframe></main>
<footer>${caption}</footer>
</body></html>`;
}

async function photograph(language) {
  const { url, child } = await startPreview(language === 'ja' ? 'ja' : 'en_US');
  const browser = await launchIn(language);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const written = [];
    for (const [index, shot] of SHOTS.entries()) {
      await page.setContent(composition(`${url}sidebar`, shot.report, shot.caption[language], language));
      const sidebar = page.frameLocator('iframe');
      await sidebar.locator(`#app[lang="${language}"][aria-busy="false"] button.generate`).waitFor();
      if (shot.mapping) {
        // The ready tabs unfolded and the leads tab's column mapping open, from its top.
        await sidebar.locator('button.tabs-summary').click();
        const leads = sidebar.locator('li.tab-card').filter({ has: sidebar.locator('h3.tab-name', { hasText: /^リード$/ }) });
        await leads.locator('button.disclosure').click();
        await leads.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      }
      if (shot.generate) {
        await sidebar.locator('button.generate').click();
        await sidebar.locator('#app[aria-busy="false"] .result').waitFor();
        await sidebar.locator('.result').scrollIntoViewIfNeeded();
      }
      const file = path.join(OUT, `screenshot-${index + 1}-${language}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, ...VIEWPORT } });
      written.push(path.relative(root, file));
    }
    console.log(written.join(', '));
  } finally {
    await browser.close();
    await stop(child);
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk`);
  const build = spawnSync(process.execPath, [path.join(root, 'esbuild.config.mjs'), '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  mkdirSync(OUT, { recursive: true });
  for (const language of ['ja', 'en']) await photograph(language);
}

await main();
