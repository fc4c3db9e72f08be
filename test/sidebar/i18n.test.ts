import fs from 'node:fs';
import path from 'node:path';
import { MESSAGES, placeholders, t, type MessageKey } from '../../src/sidebar/i18n';

const KEYS = Object.keys(MESSAGES) as MessageKey[];
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
/** Messages that are the same in both languages on purpose (names of languages and of the product). */
const SAME_IN_BOTH: readonly MessageKey[] = ['app.languageJa', 'app.languageEn'];

describe('MESSAGES', () => {
  it('has a non-empty Japanese and English text for every key', () => {
    for (const key of KEYS) {
      expect({ key, ja: MESSAGES[key].ja.trim() !== '', en: MESSAGES[key].en.trim() !== '' }).toEqual({ key, ja: true, en: true });
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of KEYS) {
      expect({ key, placeholders: placeholders(MESSAGES[key].ja) }).toEqual({ key, placeholders: placeholders(MESSAGES[key].en) });
    }
  });

  it('is written in Japanese on the Japanese side and without Japanese on the English side', () => {
    for (const key of KEYS.filter((k) => !SAME_IN_BOTH.includes(k))) {
      expect({ key, japanese: JAPANESE.test(MESSAGES[key].ja) }).toEqual({ key, japanese: true });
      expect({ key, japanese: JAPANESE.test(MESSAGES[key].en) }).toEqual({ key, japanese: false });
    }
  });

  it('names the main actions the way the add-on menu does', () => {
    expect(MESSAGES['generate.button']).toEqual({ ja: 'ファネルレポートを作成', en: 'Generate funnel report' });
    expect(MESSAGES['sample.button']).toEqual({ ja: 'サンプルデータを挿入', en: 'Insert sample data' });
    expect(MESSAGES['tabs.heading'].ja).toBe('データタブ');
    expect(MESSAGES['mapping.required'].ja).toBe('必須');
    expect(MESSAGES['tabs.kindNotUsed']).toEqual({ ja: '使わない', en: 'Not used' });
  });
});

describe('t', () => {
  it('returns the message in the language asked for', () => {
    expect(t('ja', 'settings.heading')).toBe('集計の設定');
    expect(t('en', 'settings.heading')).toBe('Report settings');
  });

  it('fills every placeholder with its value', () => {
    expect(t('ja', 'result.warningRow', { tab: 'リード', row: 12 })).toBe('リード・12行目');
    expect(t('en', 'result.period', { from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' })).toBe(
      'Period: 2025-04-01 to 2026-03-31 (as of 2026-03-31)'
    );
  });

  describe('edge cases', () => {
    it('leaves a placeholder without a value as written', () => {
      expect(t('en', 'tabs.rows')).toBe('Rows: {count}');
    });

    it('inserts values literally, even replacement patterns like $& and markup', () => {
      expect(t('en', 'result.openSummary', { sheet: "$&$1<b>'" })).toBe('Open the "$&$1<b>\'" sheet');
    });

    it('ignores extra values that the message does not use', () => {
      expect(t('ja', 'app.title', { unused: 1 })).toBe('ファネルKPI');
    });
  });
});

describe('placeholders', () => {
  it('lists placeholder names sorted', () => {
    expect(placeholders('{tab}・{row}行目')).toEqual(['row', 'tab']);
  });

  describe('edge cases', () => {
    it('returns an empty list for a message without placeholders', () => {
      expect(placeholders('保存しました')).toEqual([]);
    });
  });
});

describe('message use', () => {
  it('has no message that the sidebar code never shows', () => {
    const folder = path.resolve(__dirname, '../../src/sidebar');
    const files = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && file !== 'i18n.ts');
    const source = files.map((file) => fs.readFileSync(path.join(folder, file), 'utf8')).join('\n');
    // Confidence words are looked up as `confidence.${level}`.
    const unused = KEYS.filter((key) => !source.includes(`'${key}'`) && !key.startsWith('confidence.'));
    expect(unused).toEqual([]);
  });
});
