/**
 * Issue 16 class 6: a client that goes away while its call waits in the queue (a page reload), or
 * that never finishes sending its call, must not block the calls after it.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createPreviewServer } from '../../../src/local/preview/server';
import type { RpcRunner } from '../../../src/local/preview/rpcRunner';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';

function post(port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/rpc', headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends a call's headers and part of its body, then waits (or hangs up when told). */
function partialCall(port: number): net.Socket {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write(`POST /rpc HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`);
  return socket;
}

/** A full call whose client hangs up at once, before any answer. */
function abandonedCall(port: number, name: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const body = JSON.stringify({ name, args: [] });
      socket.write(`POST /rpc HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', () => undefined);
  });
}

describe('preview calls queued behind a client that went away', () => {
  let server: http.Server;
  let port: number;
  let release: () => void = () => undefined;
  const ran: string[] = [];

  beforeEach(async () => {
    ran.length = 0;
    const workbook = workbookFromTabs([{ name: '広告', rows: [['日付', '費用']] }]);
    const run: RpcRunner = (name) => {
      ran.push(String(name));
      return { ok: true, value: String(name), changed: name === 'slow' };
    };
    let gate = Promise.resolve();
    server = createPreviewServer({
      workbook,
      distDir: '/nonexistent',
      run,
      // The first changing call holds the queue until the test releases it.
      afterChange: () => gate,
      requestTimeoutMs: 500,
    });
    gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    release();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers later calls after a queued client disconnected', async () => {
    const first = post(port, JSON.stringify({ name: 'slow', args: [] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await abandonedCall(port, 'reloaded');
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect((await first).body).toBe(JSON.stringify({ ok: true, value: 'slow' }));
    const later = await post(port, JSON.stringify({ name: 'later', args: [] }));
    expect(later.body).toBe(JSON.stringify({ ok: true, value: 'later' }));
  });

  it('answers later calls when a client never finishes sending its call (it times out)', async () => {
    release();
    const stuck = partialCall(port);
    try {
      const later = await post(port, JSON.stringify({ name: 'later', args: [] }));
      expect(later.body).toBe(JSON.stringify({ ok: true, value: 'later' }));
    } finally {
      stuck.destroy();
    }
  });

  it('answers later calls when a client hangs up in the middle of sending its call', async () => {
    const first = post(port, JSON.stringify({ name: 'slow', args: [] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cut = partialCall(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    cut.destroy();
    release();
    await first;
    const later = await post(port, JSON.stringify({ name: 'later', args: [] }));
    expect(later.body).toBe(JSON.stringify({ ok: true, value: 'later' }));
  });
});
