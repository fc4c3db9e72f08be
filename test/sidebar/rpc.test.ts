import { createRpcClient, readableError, ServerError, type ScriptRun } from '../../src/sidebar/rpc';
import type { SidebarState } from '../../src/shared/rpc';

interface SentCall {
  readonly name: string;
  readonly args: readonly unknown[];
  succeed(value: unknown): void;
  fail(error: unknown): void;
}

/** A google.script.run stand-in: records each call; the test answers it when it likes. */
function fakeScriptRun(): { runner: () => ScriptRun; sent: SentCall[] } {
  const sent: SentCall[] = [];
  const runner = (): ScriptRun => {
    let onSuccess: (value: unknown) => void = () => undefined;
    let onFailure: (error: unknown) => void = () => undefined;
    const run: ScriptRun = new Proxy({} as ScriptRun, {
      get(_target, property) {
        if (property === 'withSuccessHandler') {
          return (handler: (value: unknown) => void) => ((onSuccess = handler), run);
        }
        if (property === 'withFailureHandler') {
          return (handler: (error: unknown) => void) => ((onFailure = handler), run);
        }
        return (...args: unknown[]) => {
          sent.push({ name: String(property), args, succeed: (value) => onSuccess(value), fail: (error) => onFailure(error) });
        };
      },
    });
    return run;
  };
  return { runner, sent };
}

const STATE: SidebarState = { language: 'ja', tabs: [], settings: {}, kinds: [], saved: false };

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('createRpcClient', () => {
  it('resolves with what the server function returned, called by name with its arguments', async () => {
    const { runner, sent } = fakeScriptRun();
    const rpc = createRpcClient({ runner, language: () => 'ja' });
    const answer = rpc.call('sidebarGetState', 'en');
    expect(sent.map((call) => [call.name, call.args])).toEqual([['sidebarGetState', ['en']]]);
    sent[0]?.succeed(STATE);
    await expect(answer).resolves.toBe(STATE);
  });

  it('keeps at most 3 calls in flight and starts the waiting ones in order', async () => {
    const { runner, sent } = fakeScriptRun();
    const rpc = createRpcClient({ runner, language: () => 'ja' });
    const answers = [1, 2, 3, 4, 5].map((n) => rpc.call('sidebarActivateSheet', `sheet ${n}`));
    expect(sent.map((call) => call.args[0])).toEqual(['sheet 1', 'sheet 2', 'sheet 3']);
    expect([rpc.inFlight(), rpc.queued()]).toEqual([3, 2]);

    sent[1]?.succeed(undefined);
    expect(sent.map((call) => call.args[0])).toEqual(['sheet 1', 'sheet 2', 'sheet 3', 'sheet 4']);
    expect([rpc.inFlight(), rpc.queued()]).toEqual([3, 1]);

    sent[0]?.fail(new Error('Exception: boom'));
    expect(sent.map((call) => call.args[0])).toEqual(['sheet 1', 'sheet 2', 'sheet 3', 'sheet 4', 'sheet 5']);
    for (const call of sent.slice(2)) call.succeed(undefined);
    expect([rpc.inFlight(), rpc.queued()]).toEqual([0, 0]);
    await expect(answers[0]).rejects.toThrow('boom');
    await Promise.all(answers.slice(1));
  });

  it('honours a different limit', () => {
    const { runner, sent } = fakeScriptRun();
    const rpc = createRpcClient({ runner, language: () => 'en', maxInFlight: 1 });
    void rpc.call('sidebarActivateSheet', 'a');
    void rpc.call('sidebarActivateSheet', 'b');
    expect(sent).toHaveLength(1);
    sent[0]?.succeed(undefined);
    expect(sent).toHaveLength(2);
  });

  it('rejects with a ServerError carrying a readable message', async () => {
    const { runner, sent } = fakeScriptRun();
    const rpc = createRpcClient({ runner, language: () => 'ja' });
    const answer = rpc.call('sidebarGenerate', { mappings: [], settings: {} });
    sent[0]?.fail(new Error('Exception: 使用できるデータタブがありません。\n    at generate (Code:12:3)'));
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toBe('使用できるデータタブがありません。');
  });

  describe('edge cases', () => {
    it('rejects with the connection message when google.script.run is missing, and frees the slot', async () => {
      const rpc = createRpcClient({
        runner: () => {
          throw new Error('NetworkError: google.script.run is not available');
        },
        language: () => 'en',
        maxInFlight: 1,
      });
      await expect(rpc.call('sidebarGetState', null)).rejects.toThrow('Could not reach the server. Check your connection and try again.');
      expect(rpc.inFlight()).toBe(0);
    });

    it('explains a server function that does not exist', async () => {
      const runner = (): ScriptRun => {
        const run: ScriptRun = { withSuccessHandler: () => run, withFailureHandler: () => run };
        return run;
      };
      const rpc = createRpcClient({ runner, language: () => 'en' });
      await expect(rpc.call('sidebarInsertSampleData', 'en')).rejects.toThrow(
        'The server function sidebarInsertSampleData was not found. Update the add-on and reopen it.'
      );
    });

    it('ignores a second answer to the same call', async () => {
      const { runner, sent } = fakeScriptRun();
      const rpc = createRpcClient({ runner, language: () => 'ja', maxInFlight: 1 });
      const first = rpc.call('sidebarActivateSheet', 'a');
      void rpc.call('sidebarActivateSheet', 'b');
      sent[0]?.succeed('first');
      sent[0]?.fail(new Error('late'));
      await settle();
      await expect(first).resolves.toBe('first');
      expect([rpc.inFlight(), rpc.queued()]).toEqual([1, 0]);
    });

    it('reads the language when the failure happens', async () => {
      const { runner, sent } = fakeScriptRun();
      let language: 'ja' | 'en' = 'ja';
      const rpc = createRpcClient({ runner, language: () => language });
      const answer = rpc.call('sidebarGetState', null);
      language = 'en';
      sent[0]?.fail(new Error('NetworkError: Connection failure due to HTTP 0'));
      await expect(answer).rejects.toThrow('Could not reach the server. Check your connection and try again.');
    });
  });
});

describe('readableError', () => {
  it('strips the Exception: prefix and the line suffix Apps Script adds', () => {
    expect(readableError(new Error('Exception: 開始日が終了日より後です。 (line 12, file "Code")'), 'ja')).toBe('開始日が終了日より後です。');
  });

  it('strips stacked prefixes and stack-trace lines', () => {
    const error = new Error('Exception: Error: The tab "Leads" has no date column.\n    at readTab (Code:100:5)\n    at sidebarGenerate (Code:20:1)');
    expect(readableError(error, 'en')).toBe('The tab "Leads" has no date column.');
  });

  it('explains network and authorization failures in plain words', () => {
    expect(readableError(new Error('NetworkError: Connection failure due to HTTP 0'), 'ja')).toBe(
      'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。'
    );
  });

  it('recognises the multi-account sign-in failure and says what to do', () => {
    const advice =
      'Google could not confirm your account’s permission. This often happens when you are signed in to several Google accounts. Open the spreadsheet with your default account (the one you signed in with first), or open it in a private window signed in to this account only. If this is your first time, open the add-on from the Extensions menu and allow access.';
    for (const failure of [
      new Error('ScriptError: Authorization is required to perform that action.'),
      new Error('Authorization is required to perform that action.'),
      new Error("We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED."),
      'ScriptError: PERMISSION_DENIED',
    ]) {
      expect(readableError(failure, 'en')).toBe(advice);
    }
    expect(readableError(new Error('Authorization is required to perform that action.'), 'ja')).toContain('シークレットウィンドウ');
    // Our own messages that mention protection are shown as they are.
    expect(readableError(new Error('前回のレポートシート「チャネル別」は、オーナーの保護設定により削除できないため'), 'ja')).toBe('前回のレポートシート「チャネル別」は、オーナーの保護設定により削除できないため');
  });

  it('accepts a plain string or an object with a message', () => {
    expect(readableError('Exception: 失敗しました', 'ja')).toBe('失敗しました');
    expect(readableError({ message: 'TypeError: x is undefined' }, 'en')).toBe('x is undefined');
  });

  describe('edge cases', () => {
    it('falls back to a general message when there is nothing to show', () => {
      expect(readableError(undefined, 'en')).toBe('Something went wrong. Please try again.');
      expect(readableError(new Error('Exception: '), 'ja')).toBe('予期しないエラーが発生しました。もう一度お試しください。');
      expect(readableError(42, 'ja')).toBe('予期しないエラーが発生しました。もう一度お試しください。');
    });

    it('shortens a very long message to 600 characters ending in an ellipsis', () => {
      const message = readableError(new Error(`Exception: ${'あ'.repeat(1000)}`), 'ja');
      expect(message).toHaveLength(600);
      expect(message.endsWith('…')).toBe(true);
    });

    it('keeps a colon that is part of the message itself', () => {
      expect(readableError(new Error('Exception: 期間: 開始日を確認してください'), 'ja')).toBe('期間: 開始日を確認してください');
    });
  });
});
