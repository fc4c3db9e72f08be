import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useAssetReader } from '../../../src/core/text/assets';
import { MESSAGE_ASSETS, parseMessageTemplates, serverMessage, type ServerMessageKey } from '../../../src/core/text/messages';
import { messageTemplates, SERVER_MESSAGES } from '../../../src/core/text/serverMessageTexts';
import { placeholders } from '../../../src/core/text/translate';
import { testAssetReader } from '../../setup/projectAssets';

const KEYS = Object.keys(SERVER_MESSAGES) as ServerMessageKey[];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the server message table', () => {
  it('uses the same placeholders in both languages', () => {
    for (const key of KEYS) {
      expect({ key, placeholders: placeholders(SERVER_MESSAGES[key].ja) }).toEqual({ key, placeholders: placeholders(SERVER_MESSAGES[key].en) });
    }
  });

  it('has no message that nothing says', () => {
    const source = sourceFiles(join(__dirname, '../../../src'))
      .filter((path) => !path.endsWith(join('text', 'serverMessageTexts.ts')))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = KEYS.filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('writes English counts in the singular or the plural, never "(s)", and chooses by the count', () => {
    expect(KEYS.filter((key) => SERVER_MESSAGES[key].en.includes('(s)'))).toEqual([]);
    const skipped = (count: number, rows: string) =>
      serverMessage('en', 'parse.totalRowsSkipped', { tab: 'Ads', count, rows: serverMessage('en', 'parse.rowList', { rows, count }) });
    expect(skipped(1, '1099')).toBe(
      'Tab "Ads": 1 row was skipped as a total or subtotal row (row 1099), so it is not counted twice. If it is data, give it its date (or id) or rename its total-like label.',
    );
    expect(skipped(2, '5, 6')).toMatch(/^Tab "Ads": 2 rows were skipped as total or subtotal rows \(rows 5, 6\), so they are not counted twice\. If one of them is data/);
    expect(serverMessage('en', 'parse.moreRows', { tab: 'Ads', field: 'cost', count: 1 })).toBe('"Ads", column cost: the same problem occurs in 1 more row.');
  });

  it('fills every placeholder', () => {
    expect(serverMessage('ja', 'parse.moreRows', { tab: '広告', field: '費用', count: 120 })).toBe('「広告」の費用列では、ほかに120行で同じ問題がありました。');
  });

  it('keeps each language in its own column (English never holds hiragana; Japanese always holds Japanese)', () => {
    for (const key of KEYS) {
      expect({ key, hiragana: /[\u3040-\u309f]/.test(SERVER_MESSAGES[key].en) }).toEqual({ key, hiragana: false });
      expect({ key, japanese: /[\u3040-\u30ff\u4e00-\u9fff]/.test(SERVER_MESSAGES[key].ja) }).toEqual({ key, japanese: true });
    }
  });
});

describe('the message assets (design §10)', () => {
  afterEach(() => {
    useAssetReader(testAssetReader);
  });

  it('hold each language\'s templates under every key', () => {
    for (const language of ['ja', 'en'] as const) {
      const templates = messageTemplates(language);
      expect(Object.keys(templates)).toEqual(KEYS);
      for (const key of KEYS) expect(templates[key]).toBe(SERVER_MESSAGES[key][language]);
    }
  });

  it('are read once per language, and only when a message is worded', () => {
    const reads: string[] = [];
    useAssetReader((name) => {
      reads.push(name);
      return JSON.stringify(messageTemplates(name === MESSAGE_ASSETS.en ? 'en' : 'ja'));
    });
    expect(reads).toEqual([]);
    serverMessage('en', 'sheets.busy');
    serverMessage('en', 'pipeline.noTabs');
    serverMessage('ja', 'sheets.busy');
    serverMessage('ja', 'pipeline.noTabs');
    expect(reads).toEqual(['Messages_en', 'Messages_ja']);
  });

  it('stop with a clear message when the file is not the table, or lacks a key', () => {
    expect(() => parseMessageTemplates('Messages_ja', '<html>')).toThrow("Messages_ja.html is not the add-on's message table; rebuild and push the add-on (npm run build).");
    expect(() => parseMessageTemplates('Messages_ja', '["a"]')).toThrow('Messages_ja.html is not');
    useAssetReader(() => '{}');
    expect(() => serverMessage('en', 'sheets.busy')).toThrow('Messages_en.html lacks the message sheets.busy; rebuild and push the add-on (npm run build).');
  });
});
