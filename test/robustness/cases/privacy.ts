/**
 * Issue 16 class 7: personal data never reaches a warning, a note or an error message. A row shifted
 * by one column puts an e-mail address under the date, a status column holds names, a headerless
 * export starts with a person's row: each value is described ("an e-mail address", "text of 4
 * characters"), never repeated — in the JSON, the sidebar and the CLI alike (design §7.2).
 */
import type { RobustnessCase } from '../corpusCase';
import { tab, warning } from '../corpusCase';

const EMAIL = 'taro.yamada@example.co.jp';
const NAME = '山田太郎';
const COMPANY = '株式会社ヤマダ商事';

export const privacyCases: readonly RobustnessCase[] = [
  {
    name: 'a row shifted one column left puts an e-mail address under the date: the warning describes it, never quotes it',
    covers: ['privacy:shifted-row'],
    input: {
      tabs: [
        tab('リード', [
          ['リードID', '作成日', 'メールアドレス', '会社名', '流入元'],
          ['L1', '2025-04-01', 'a@example.com', '見本商事', 'Web'],
          ['L2', EMAIL, COMPANY, 'Web', ''],
          ['L3', '2025-04-03', 'c@example.com', 'テスト工業', '展示会'],
        ]),
      ],
    },
    personal: [EMAIL, COMPANY],
    expect: { totals: { leads: 2 }, warnings: [warning('unparseable_date', 'リード', 3, 'created_date', 'メールアドレス')] },
  },
  {
    name: 'a status column holding people’s names is counted at the lead stage; the warning describes the values, in English too',
    covers: ['privacy:names-in-status'],
    language: 'en',
    input: {
      tabs: [
        tab('Leads', [
          ['Lead ID', 'Create Date', 'Lead Status', 'Source'],
          ['L1', '2025-04-01', NAME, 'Web'],
          ['L2', '2025-04-02', 'Jane Smith', 'Web'],
          ['L3', '2025-04-03', 'SQL', 'Web'],
        ]),
      ],
    },
    personal: [NAME, 'Jane Smith'],
    expect: { totals: { leads: 3, sql: 1 }, warnings: [warning('unrecognised_value', 'Leads', null, 'status', 'text of')] },
  },
  {
    name: 'a status column holding one-word names (Smith, Yamada, SMITH, taro.yamada): each described with its row, never quoted',
    covers: ['privacy:names-in-status'],
    language: 'en',
    input: {
      tabs: [
        tab('Leads', [
          ['Lead ID', 'Create Date', 'Lead Status', 'Source'],
          ['L1', '2025-04-01', 'Smith', 'Web'],
          ['L2', '2025-04-02', 'Yamada', 'Web'],
          ['L3', '2025-04-03', 'SMITH', 'Web'],
          ['L4', '2025-04-04', 'taro.yamada', 'Web'],
          ['L5', '2025-04-05', 'pending', 'Web'],
        ]),
      ],
    },
    personal: ['Smith', 'Yamada', 'SMITH', 'taro.yamada'],
    expect: { totals: { leads: 5 }, warnings: [warning('unrecognised_value', 'Leads', null, 'status', '(text of 5 characters) (row 2)', '(text of 6 characters) (row 3)', '(text of 5 characters) (row 4)')] },
  },
  {
    name: 'a headerless English export of people is refused (no usable tab) without printing its first row',
    covers: ['privacy:headerless-first-row'],
    language: 'en',
    input: { tabs: [tab('contacts', [['Smith', 'John', 'Acme Corp', 'Tokyo'], ['Lee', 'Ann', 'Beta Inc', 'Osaka']])] },
    personal: ['Smith', 'John', 'Acme Corp'],
    expect: { error: { code: 'no_usable_tab', words: ['contacts', '(text of 5 characters)'] } },
  },
  {
    name: 'a headerless export of people is refused (no usable tab) without printing its first row',
    covers: ['privacy:headerless-first-row'],
    input: { tabs: [tab('名簿', [[NAME, EMAIL, COMPANY, '090-1234-5678'], ['鈴木花子', 'hanako@example.jp', '例示工業', '03-1234-5678']])] },
    personal: [NAME, EMAIL, COMPANY, '090-1234-5678', '鈴木花子', 'hanako@example.jp'],
    expect: { error: { code: 'no_usable_tab', words: ['名簿', 'メールアドレス'] } },
  },
];
