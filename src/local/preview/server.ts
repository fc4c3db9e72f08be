/**
 * The preview's HTTP server, on 127.0.0.1 only:
 *   GET  /          the sidebar in a 300 px frame, beside a list of the workbook's sheets
 *   GET  /sidebar   dist/Sidebar.html (read on every request, so a rebuild shows on reload) + bridge
 *   GET  /workbook  JSON: the workbook's sheets (name, size, report or input) and the active sheet
 *   POST /rpc       `{ name, args }` → `{ ok: true, value }` or `{ ok: false, error }`
 * Calls are read as they arrive (a client that hangs up or stalls is dropped after a timeout) and
 * run one at a time (as one user's executions would be), and requests whose Host or
 * Origin is not this server are refused, so a web page cannot drive the preview (DNS rebinding).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Workbook } from '../workbook/model';
import { injectBridge } from './bridge';
import type { RpcRunner } from './rpcRunner';

export interface PreviewServerOptions {
  readonly workbook: Workbook;
  readonly distDir: string;
  readonly run: RpcRunner;
  /** Called after each call that may have changed the workbook (e.g. write it to --out). */
  readonly afterChange?: () => Promise<void>;
  /** Receives one line per call and its failure details (default: nothing). */
  readonly log?: (line: string) => void;
  /** How long a client may take to send its call (default 30 s); then it gets 408 and the queue moves on. */
  readonly requestTimeoutMs?: number;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const FRAME_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Funnel KPI – sidebar preview</title>
<style>
  body { margin: 0; display: flex; height: 100vh; font: 13px system-ui, sans-serif; color: #202124; background: #f8f9fa; }
  main { flex: 1; padding: 16px; overflow: auto; }
  iframe { width: 300px; height: 100vh; border: 0; border-left: 1px solid #dadce0; background: #fff; }
  li.active { font-weight: 600; }
  .kind { color: #5f6368; font-size: 12px; }
</style>
</head>
<body>
<main>
  <h1>Funnel KPI – sidebar preview</h1>
  <p>The sidebar on the right talks to the built add-on running on an in-memory workbook.</p>
  <h2>Sheets</h2>
  <ol id="sheets"></ol>
  <button type="button" id="refresh">Refresh list</button>
</main>
<iframe src="/sidebar" title="Funnel KPI sidebar"></iframe>
<script>
  function refresh() {
    fetch('/workbook').then(function (r) { return r.json(); }).then(function (book) {
      var list = document.getElementById('sheets');
      list.replaceChildren();
      book.sheets.forEach(function (sheet) {
        var item = document.createElement('li');
        if (sheet.name === book.activeSheet) item.className = 'active';
        item.textContent = sheet.name + ' ';
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = '(' + sheet.rows + ' rows × ' + sheet.columns + ' columns' + (sheet.origin === 'created' ? ', written by the add-on' : '') + ')';
        item.appendChild(kind);
        list.appendChild(item);
      });
    });
  }
  document.getElementById('refresh').addEventListener('click', refresh);
  setInterval(refresh, 3000);
  refresh();
</script>
</body>
</html>`;

function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request body, read as it arrives (not when the call's turn comes). Settles on every way a
 * request can end: complete, too large, the client hanging up (`close`/`aborted`) or too slow.
 */
function readBody(request: http.IncomingMessage, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const timer = setTimeout(() => {
      settle(new BodyError(408, 'the call was not received in time'));
      request.destroy();
    }, timeoutMs);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        settle(new BodyError(413, 'request body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => settle(null));
    request.on('aborted', () => settle(new BodyError(400, 'the client went away')));
    request.on('close', () => settle(request.complete ? null : new BodyError(400, 'the client went away')));
    request.on('error', (error) => settle(error));
  });
}

/** True when the request names this server (not some other host resolving to 127.0.0.1). */
function isLocalRequest(request: http.IncomingMessage, port: number): boolean {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowed.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || allowed.has(origin.replace(/^http:\/\//, ''));
}

function workbookSummary(workbook: Workbook): unknown {
  return {
    name: workbook.name,
    activeSheet: workbook.activeSheet()?.name ?? null,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      origin: sheet.origin,
      hidden: sheet.hidden,
      rows: sheet.lastRow(),
      columns: sheet.lastColumn(),
    })),
  };
}

/**
 * Creates the server (not yet listening).
 *
 * @example
 * const server = createPreviewServer({ workbook, distDir: 'dist', run });
 * server.listen(8765, '127.0.0.1'); // then GET http://127.0.0.1:8765/workbook
 * //=> { name: 'Funnel KPI sample', activeSheet: 'Google広告', sheets: [ … ] }
 */
export function createPreviewServer(options: PreviewServerOptions): http.Server {
  const log = options.log ?? (() => undefined);
  let queue: Promise<void> = Promise.resolve();

  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  /** Runs one received call, in turn; never rejects, so one call cannot stop the queue. */
  async function runCall(call: { name?: unknown; args?: unknown }, response: http.ServerResponse): Promise<void> {
    const started = Date.now();
    // A call that reached the server runs even if its client has gone, as an Apps Script execution does.
    const outcome = options.run(call.name, call.args);
    log(`${String(call.name)} ${outcome.ok ? 'ok' : 'failed'} in ${Date.now() - started} ms${outcome.changed ? ' (workbook changed)' : ''}${response.destroyed ? ' (the client had gone)' : ''}`);
    if (!outcome.ok) log(outcome.stack ?? outcome.error);
    if (outcome.changed && options.afterChange) {
      try {
        await options.afterChange();
      } catch (error) {
        log(`could not write the workbook: ${(error as Error).message}`);
      }
    }
    const reply = outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error };
    if (!response.destroyed) send(response, 200, 'application/json', JSON.stringify(reply));
  }

  function handleRpc(request: http.IncomingMessage, response: http.ServerResponse): void {
    readBody(request, timeoutMs).then(
      (body) => {
        let call: { name?: unknown; args?: unknown };
        try {
          call = JSON.parse(body) as { name?: unknown; args?: unknown };
        } catch (error) {
          send(response, 400, 'application/json', JSON.stringify({ ok: false, error: `ScriptError: bad request (${(error as Error).message})` }));
          return;
        }
        queue = queue
          .then(() => runCall(call, response))
          .catch((error: unknown) => {
            if (!response.destroyed) send(response, 500, 'application/json', JSON.stringify({ ok: false, error: `ScriptError: ${(error as Error).message}` }));
          });
      },
      (error: unknown) => {
        log(`call not received: ${(error as Error).message}`);
        if (!response.destroyed && !response.headersSent) send(response, error instanceof BodyError ? error.status : 400, 'application/json', JSON.stringify({ ok: false, error: `ScriptError: ${(error as Error).message}` }));
      },
    );
  }

  const server = http.createServer((request, response) => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    if (!isLocalRequest(request, port)) {
      send(response, 403, 'text/plain', 'Forbidden: the preview only answers http://127.0.0.1 or http://localhost on its own port.');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/') {
      send(response, 200, 'text/html', FRAME_PAGE);
    } else if (request.method === 'GET' && url.pathname === '/sidebar') {
      let html: string;
      try {
        html = readFileSync(path.join(options.distDir, 'Sidebar.html'), 'utf8');
      } catch {
        send(response, 500, 'text/plain', `No built sidebar at ${path.join(options.distDir, 'Sidebar.html')}; run "npm run build" first.`);
        return;
      }
      send(response, 200, 'text/html', injectBridge(html));
    } else if (request.method === 'GET' && url.pathname === '/workbook') {
      send(response, 200, 'application/json', JSON.stringify(workbookSummary(options.workbook)));
    } else if (request.method === 'POST' && url.pathname === '/rpc') {
      handleRpc(request, response);
    } else {
      send(response, 404, 'text/plain', 'Not found');
    }
  });
  // Node's own limit for a whole request, as a second line behind readBody's timer.
  server.requestTimeout = timeoutMs * 2;
  return server;
}
