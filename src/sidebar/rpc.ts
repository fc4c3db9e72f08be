/**
 * The sidebar's one way to call the server: a promise wrapper over `google.script.run`, typed by
 * {@link ServerApi}. Apps Script runs at most 10 calls at once and delays the rest; we keep our own
 * queue of 3 so a burst of saves can never starve "Generate", and so calls start in the order made.
 */
import type { Language } from '../core/model/types';
import type { ServerApi } from '../shared/rpc';

/** The part of `google.script.run` this wrapper uses; server functions are looked up by name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

export type ServerCall = <K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
) => Promise<ReturnType<ServerApi[K]>>;

export interface RpcClient {
  readonly call: ServerCall;
  /** Calls sent and not yet answered. */
  inFlight(): number;
  /** Calls waiting for a free slot. */
  queued(): number;
}

/** An error whose message is ready to show to the user, with one line per problem when there are several. */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    message: string,
    /** One sentence per problem (the server's "- " lines), without repeats. */
    readonly details: readonly string[] = []
  ) {
    super(message);
  }
}

/**
 * What to show for a failure: the message and its problems as a list.
 *
 * @example
 * errorLines(new ServerError('ファネルを計算できるタブがありません。', ['「リード」2行目: …']))
 * //=> { message: 'ファネルを計算できるタブがありません。', details: ['「リード」2行目: …'] }
 */
export function errorLines(error: unknown): { message: string; details: readonly string[] } {
  if (error instanceof ServerError) return { message: error.message, details: error.details };
  return { message: error instanceof Error ? error.message : String(error), details: [] };
}

export interface RpcOptions {
  /** Returns a fresh runner per call (`() => google.script.run`). */
  readonly runner: () => ScriptRun;
  /** Language of the fallback messages; read at the time of the failure. */
  readonly language: () => Language;
  readonly maxInFlight?: number;
}

const FALLBACK = {
  unknown: {
    ja: '予期しないエラーが発生しました。もう一度お試しください。',
    en: 'Something went wrong. Please try again.',
  },
  network: {
    ja: 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。',
    en: 'Could not reach the server. Check your connection and try again.',
  },
  authorization: {
    ja: 'Google アカウントの権限を確認できませんでした。複数のアカウントにログインしていると、このエラーになることがあります。既定のアカウント（最初にログインしたアカウント）でスプレッドシートを開くか、シークレットウィンドウでこのアカウントだけにログインして開き直してください。初めて使う場合は、メニューからアドオンを開いてアクセスを許可してください。',
    en: 'Google could not confirm your account’s permission. This often happens when you are signed in to several Google accounts. Open the spreadsheet with your default account (the one you signed in with first), or open it in a private window signed in to this account only. If this is your first time, open the add-on from the Extensions menu and allow access.',
  },
  notFound: {
    ja: 'サーバーの処理 {name} が見つかりません。アドオンを更新してから開き直してください。',
    en: 'The server function {name} was not found. Update the add-on and reopen it.',
  },
} as const;

const MAX_MESSAGE_LENGTH = 600;
/** The place Apps Script appends to an exception's message. */
const LINE_SUFFIX = /\s*\((?:line|行)\s*\d+[^)]*\)\s*$/i;

function rawMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return '';
}

/**
 * Turns whatever the failure handler received into one readable message: no `Exception:` prefix, no
 * stack trace, no `(line 12, file "Code")` suffix; known platform failures get a plain explanation.
 *
 * @example
 * readableError(new Error('Exception: 開始日が終了日より後です。 (line 12, file "Code")'), 'ja')
 * //=> '開始日が終了日より後です。'
 * readableError(new Error('NetworkError: Connection failure due to HTTP 0'), 'en')
 * //=> 'Could not reach the server. Check your connection and try again.'
 */
export function readableError(error: unknown, language: Language, functionName = ''): string {
  return readableErrorLines(error, language, functionName).message;
}

/**
 * Like {@link readableError}, keeping the server's problem list (lines starting with "- ", as
 * FunnelError writes them) as separate sentences, each once.
 *
 * @example
 * readableErrorLines(new Error('Exception: タブがありません。\n- 「リード」2行目: …\n- 「リード」2行目: …'), 'ja')
 * //=> { message: 'タブがありません。', details: ['「リード」2行目: …'] }
 */
export function readableErrorLines(error: unknown, language: Language, functionName = ''): { message: string; details: string[] } {
  const lines = rawMessage(error)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^at\s/.test(line));
  // Apps Script appends "(line 12, file "Code")" to the last line, which may be a problem line.
  const problem = (line: string): string => line.slice(2).replace(LINE_SUFFIX, '').trim();
  const details = [...new Set(lines.filter((line) => line.startsWith('- ')).map(problem))].filter((line) => line !== '');
  return { message: readableHeadline(lines.filter((line) => !line.startsWith('- ')).join(' '), language, functionName), details };
}

function readableHeadline(text: string, language: Language, functionName: string): string {
  let message = text;
  if (/^NetworkError\b/i.test(message)) return FALLBACK.network[language];
  // Signed in to several accounts, google.script.run runs as the default one and fails with an
  // authorization or PERMISSION_DENIED ("reading from storage") error.
  // The handler may get the bare message (the name "ScriptError" is not always in it).
  const platformAuthorization = /authorization is required|PERMISSION_DENIED|error occurred while reading from storage/i.test(message);
  if (platformAuthorization || (/permission|権限/i.test(message) && /^ScriptError\b/i.test(message))) {
    return FALLBACK.authorization[language];
  }
  if (/^ScriptError\b.*\b(not found|見つかりません)/i.test(message)) {
    return FALLBACK.notFound[language].replace('{name}', functionName);
  }
  // "Exception: Error: msg" happens when a server Error is rethrown; strip every prefix.
  for (;;) {
    const stripped = message.replace(/^(?:[A-Za-z]*(?:Exception|Error)|例外|エラー)\s*[:：]\s*/, '');
    if (stripped === message) break;
    message = stripped;
  }
  message = message.replace(LINE_SUFFIX, '').trim();
  if (message === '') return FALLBACK.unknown[language];
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
}

interface PendingCall {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: ServerError) => void;
}

/**
 * Creates the RPC client. Calls beyond `maxInFlight` (default 3) wait in order; failures reject
 * with a {@link ServerError} whose message is already readable.
 *
 * @example
 * const rpc = createRpcClient({ runner: () => google.script.run, language: () => 'ja' });
 * const state = await rpc.call('sidebarGetState', null); state.language
 * //=> 'ja'
 */
export function createRpcClient(options: RpcOptions): RpcClient {
  const maxInFlight = Math.max(1, options.maxInFlight ?? 3);
  const waiting: PendingCall[] = [];
  let running = 0;

  function start(pending: PendingCall): void {
    running += 1;
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      running -= 1;
      const next = waiting.shift();
      if (next) start(next);
      return true;
    };
    const fail = (error: unknown): void => {
      if (!finish()) return;
      const { message, details } = readableErrorLines(error, options.language(), pending.name);
      pending.reject(new ServerError(message, details));
    };
    try {
      const runner = options
        .runner()
        .withSuccessHandler((value) => {
          if (finish()) pending.resolve(value);
        })
        .withFailureHandler(fail);
      const fn = (runner as unknown as Record<string, unknown>)[pending.name];
      if (typeof fn !== 'function') throw new Error(`ScriptError: ${pending.name} not found`);
      (fn as (...args: unknown[]) => void).apply(runner, pending.args as unknown[]);
    } catch (error) {
      // No google.script.run (page opened outside Sheets) or a synchronous throw from the bridge.
      fail(error);
    }
  }

  const call = ((name: string, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const pending: PendingCall = { name, args, resolve, reject };
      if (running < maxInFlight) start(pending);
      else waiting.push(pending);
    })) as ServerCall;

  return { call, inFlight: () => running, queued: () => waiting.length };
}
