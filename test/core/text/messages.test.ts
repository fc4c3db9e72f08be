import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_MESSAGES, serverMessage, type ServerMessageKey } from '../../../src/core/text/messages';
import { placeholders } from '../../../src/core/text/translate';

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
      .filter((path) => !path.endsWith(join('text', 'messages.ts')))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = KEYS.filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
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
