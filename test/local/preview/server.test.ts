import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRpcRunner } from '../../../src/local/preview/rpcRunner';
import { createPreviewServer } from '../../../src/local/preview/server';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';
import type { Workbook } from '../../../src/local/workbook/model';

const STUB_CODE = path.resolve(__dirname, '../../sidebar/fixtures/stub-dist/Code.js');
const quietConsole = { ...console, log: () => undefined } as Console;

interface Reply {
  readonly status: number;
  readonly body: string;
}

function request(port: number, method: string, pathname: string, options: { body?: string; host?: string; origin?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: options.host ?? `127.0.0.1:${port}` };
    if (options.origin) headers.Origin = options.origin;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('createPreviewServer', () => {
  let dist: string;
  let workbook: Workbook;
  let server: http.Server;
  let port: number;
  let changes: number;

  beforeEach(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'preview-'));
    copyFileSync(STUB_CODE, path.join(dist, 'Code.js'));
    writeFileSync(path.join(dist, 'Sidebar.html'), '<!DOCTYPE html><html><head><title>t</title></head><body><script>start()</script></body></html>');
    workbook = workbookFromTabs([{ name: '広告', rows: [['日付', '費用'], [new Date('2025-04-01'), 100]] }]);
    changes = 0;
    server = createPreviewServer({
      workbook,
      distDir: dist,
      run: createRpcRunner({ workbook, distDir: dist, console: quietConsole }),
      afterChange: async () => {
        changes += 1;
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the sidebar page with the google.script.run bridge before its own script', async () => {
    const reply = await request(port, 'GET', '/sidebar');
    expect(reply.status).toBe(200);
    expect(reply.body.indexOf('window.google')).toBeGreaterThan(0);
    expect(reply.body.indexOf('window.google')).toBeLessThan(reply.body.indexOf('start()'));
  });

  it('serves a page that frames the sidebar at 300 px', async () => {
    const reply = await request(port, 'GET', '/');
    expect(reply.body).toContain('<iframe src="/sidebar"');
    expect(reply.body).toContain('width: 300px');
  });

  it('runs a call by name and answers with the value', async () => {
    const reply = await request(port, 'POST', '/rpc', { body: JSON.stringify({ name: 'sidebarGetState', args: ['en'] }) });
    const parsed = JSON.parse(reply.body) as { ok: boolean; value: { language: string; tabs: { name: string }[] } };
    expect(parsed.ok).toBe(true);
    expect(parsed.value.language).toBe('en');
    expect(parsed.value.tabs.map((tab) => tab.name)).toEqual(['広告']);
    expect(changes).toBe(0);
  });

  it('calls afterChange after a call that changed the workbook, and lists the new sheet', async () => {
    await request(port, 'POST', '/rpc', { body: JSON.stringify({ name: 'sidebarInsertSampleData', args: ['ja'] }) });
    expect(changes).toBe(1);
    const book = JSON.parse((await request(port, 'GET', '/workbook')).body) as { sheets: { name: string; origin: string }[] };
    expect(book.sheets.map((sheet) => [sheet.name, sheet.origin])).toEqual([
      ['広告', 'input'],
      ['サンプル_広告', 'created'],
    ]);
  });

  it('answers a failing call with its error message', async () => {
    const reply = await request(port, 'POST', '/rpc', { body: JSON.stringify({ name: 'sidebarActivateSheet', args: ['ない'] }) });
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: 'Exception: シート「ない」が見つかりません。' });
  });

  describe('edge cases', () => {
    it('refuses requests addressed to another host name (DNS rebinding)', async () => {
      expect((await request(port, 'GET', '/workbook', { host: `evil.example:${port}` })).status).toBe(403);
    });

    it('refuses calls from another origin', async () => {
      const reply = await request(port, 'POST', '/rpc', { body: '{"name":"sidebarGetState","args":[]}', origin: 'http://evil.example' });
      expect(reply.status).toBe(403);
    });

    it('answers bad JSON with 400 and an explanation', async () => {
      const reply = await request(port, 'POST', '/rpc', { body: '{not json' });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: expect.stringContaining('bad request') });
    });

    it('answers unknown paths with 404', async () => {
      expect((await request(port, 'GET', '/Code.js')).status).toBe(404);
    });
  });
});
