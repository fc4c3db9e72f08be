// What the screenshot scripts share: the built preview (`build/local/preview.cjs`) as a child
// process, and Debian's headless Chromium started in the language of the pictures.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts `node build/local/preview.cjs` on a free port; resolves with its URL and the child. */
export function startPreview(locale) {
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

export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

/**
 * Chromium in `language` ('ja' or 'en'): the browser's own locale (--lang and LANG) decides how
 * <input type="date"> shows its fields; a context locale would override it with the English fallback.
 */
export function launchIn(language) {
  const locale = language === 'ja' ? { lang: 'ja', env: 'ja_JP.UTF-8' } : { lang: 'en-US', env: 'en_US.UTF-8' };
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--lang=${locale.lang}`],
    env: { ...process.env, LANG: locale.env, LANGUAGE: locale.lang },
  });
}
