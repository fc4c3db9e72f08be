import vm from 'node:vm';
import { BRIDGE_SCRIPT, injectBridge } from '../../../src/local/preview/bridge';

interface Posted {
  readonly url: string;
  readonly body: { name: string; args: unknown[] };
}

/** Runs the bridge in a bare context whose fetch answers with `reply` and records the requests. */
function loadBridge(reply: (body: Posted['body']) => unknown | Promise<never>) {
  const posted: Posted[] = [];
  const window: Record<string, unknown> = {};
  const context = vm.createContext({
    window,
    setTimeout,
    JSON,
    fetch: (url: string, init: { body: string }) => {
      const body = JSON.parse(init.body) as Posted['body'];
      posted.push({ url, body });
      return Promise.resolve(reply(body)).then((value) => ({ json: () => Promise.resolve(value) }));
    },
  });
  vm.runInContext(BRIDGE_SCRIPT, context);
  const run = (window.google as { script: { run: Record<string, (...args: unknown[]) => unknown> } }).script.run;
  return { run, posted };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

type Handler = (value: unknown, userObject?: unknown) => void;
interface Chain {
  withSuccessHandler(fn: Handler): Chain;
  withFailureHandler(fn: Handler): Chain;
  withUserObject(object: unknown): Chain;
  sidebarGetState(language: unknown): void;
  sidebarGenerate(setup: unknown): void;
  sidebarActivateSheet(name: unknown): void;
  sidebarSaveSetup(setup: unknown): void;
}

describe('BRIDGE_SCRIPT', () => {
  it('posts the function name and arguments to /rpc and hands the value to the success handler with the user object', async () => {
    const { run, posted } = loadBridge(() => ({ ok: true, value: { language: 'ja' } }));
    const seen: unknown[] = [];
    const chain = run as unknown as Chain;
    chain
      .withSuccessHandler((value, user) => seen.push(value, user))
      .withUserObject('card-3')
      .sidebarGetState('ja');
    await settle();
    expect(posted).toEqual([{ url: '/rpc', body: { name: 'sidebarGetState', args: ['ja'] } }]);
    expect(seen).toEqual([{ language: 'ja' }, 'card-3']);
  });

  it('hands a server error to the failure handler as an Error', async () => {
    const { run } = loadBridge(() => ({ ok: false, error: 'Exception: 使用できるタブがありません。' }));
    const seen: unknown[] = [];
    (run as unknown as Chain).withFailureHandler((error) => seen.push((error as Error).message)).sidebarGenerate({});
    await settle();
    expect(seen).toEqual(['Exception: 使用できるタブがありません。']);
  });

  it('returns a new runner from each with… call, leaving the original without handlers', async () => {
    const { run } = loadBridge(() => ({ ok: true, value: 1 }));
    const seen: unknown[] = [];
    const chain = run as unknown as Chain;
    const withHandler = chain.withSuccessHandler((value) => seen.push(value));
    expect(withHandler).not.toBe(run);
    chain.sidebarActivateSheet('x');
    await settle();
    expect(seen).toEqual([]);
  });

  describe('edge cases', () => {
    it('refuses a Date argument without calling the server, as Apps Script does', async () => {
      const { run, posted } = loadBridge(() => ({ ok: true }));
      const seen: string[] = [];
      const ContextDate = vm.runInNewContext('Date') as DateConstructor;
      (run as unknown as Chain).withFailureHandler((error) => seen.push((error as Error).message)).sidebarSaveSetup({ from: new ContextDate(0) });
      await settle();
      expect(posted).toEqual([]);
      expect(seen).toEqual([expect.stringContaining('was passed a Date')]);
    });

    it('sends undefined inside arrays as null', async () => {
      const { run, posted } = loadBridge(() => ({ ok: true }));
      (run as unknown as Chain).sidebarSaveSetup([1, undefined, 3]);
      await settle();
      expect(posted[0]?.body.args).toEqual([[1, null, 3]]);
    });

    it('reports a connection failure as a NetworkError', async () => {
      const { run } = loadBridge(() => Promise.reject(new Error('Failed to fetch')));
      const seen: string[] = [];
      (run as unknown as Chain).withFailureHandler((error) => seen.push((error as Error).message)).sidebarGetState(null);
      await settle();
      expect(seen).toEqual(['NetworkError: Failed to fetch']);
    });
  });
});

describe('injectBridge', () => {
  it('puts the bridge right after <head>, before the page scripts', () => {
    const page = injectBridge('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>app()</script></body></html>');
    expect(page.indexOf('<head><script>(function () {')).toBeGreaterThan(0);
    expect(page.indexOf('window.google')).toBeLessThan(page.indexOf('app()'));
  });

  describe('edge cases', () => {
    it('puts the bridge first when the page has no head', () => {
      expect(injectBridge('<p>x</p>').startsWith('<script>')).toBe(true);
    });

    it('keeps $ patterns of the page as written', () => {
      expect(injectBridge('<head></head>$&$1')).toContain('</head>$&$1');
    });
  });
});
