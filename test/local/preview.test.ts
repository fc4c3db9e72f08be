/** The built `npm run preview` entry (build/local/preview.cjs), run as a user would. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENTRY = path.resolve(__dirname, '../../build/local/preview.cjs');
const STUB_CODE = path.resolve(__dirname, '../sidebar/fixtures/stub-dist/Code.js');

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${output}`)));
  });
}

describe('npm run preview', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'preview-cli-'));
    copyFileSync(STUB_CODE, path.join(folder, 'Code.js'));
    writeFileSync(path.join(folder, 'Sidebar.html'), '<!DOCTYPE html><html><head></head><body></body></html>');
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('serves the sample workbook, writes --out after a change and stops on Ctrl+C', async () => {
    const out = path.join(folder, 'preview.xlsx');
    const child = spawn(process.execPath, [ENTRY, '--port', '0', '--dist', folder, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await waitForUrl(child);
      const book = (await (await fetch(`${url}workbook`)).json()) as { sheets: { name: string }[] };
      expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Google広告', 'Yahoo!広告', '展示会・イベント', 'GA4', 'リード', '商談', '目標', 'メール']);
      expect(existsSync(out)).toBe(false);
      const reply = (await (await fetch(`${url}rpc`, { method: 'POST', body: JSON.stringify({ name: 'sidebarInsertSampleData', args: ['ja'] }) })).json()) as { ok: boolean };
      expect(reply.ok).toBe(true);
      expect(existsSync(out)).toBe(true);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  });

  describe('edge cases', () => {
    it('prints the usage and exits 0 for --help', () => {
      const result = spawnSync(process.execPath, [ENTRY, '--help'], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Usage: npm run preview');
    });

    it('exits 2 with a message for a bad option', () => {
      const result = spawnSync(process.execPath, [ENTRY, '--port', 'abc'], { encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--port needs a whole number');
    });

    it('exits 2 with the loader message for a missing input', () => {
      const result = spawnSync(process.execPath, [ENTRY, '--input', path.join(folder, 'nope.xlsx'), '--port', '0'], { encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('nope.xlsx');
    });
  });
});
