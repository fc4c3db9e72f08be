/**
 * Report settings as they arrive from the sidebar, the saved document properties or the CLI:
 * untrusted JSON, validated into {@link FunnelSettings} with messages that say what to fix.
 */
import type { FunnelSettings, Language } from '../model/types';
import { currencyCode, DEFAULT_CURRENCY } from '../money/currency';

export type SettingsResult =
  | { readonly ok: true; readonly settings: FunnelSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

const DAY_NAMES = { from: '開始日', to: '終了日' } as const;

const MESSAGES = {
  notObject: {
    ja: '設定の形式が正しくありません。{ "view": "cohort" } のようなオブジェクトで指定してください。',
    en: 'Settings must be an object, such as { "view": "cohort" }.',
  },
  view: { ja: '集計方法（view）は "cohort" か "period" で指定してください。', en: 'view must be "cohort" or "period".' },
  language: { ja: '言語（language）は "ja" か "en" で指定してください。', en: 'language must be "ja" or "en".' },
  day: (field: 'from' | 'to', value: unknown) => ({
    ja: `${DAY_NAMES[field]}（${field}）は 2025-04-01 のような YYYY-MM-DD 形式の日付で指定してください（指定された値: ${JSON.stringify(value)}）。`,
    en: `${field} must be a date written YYYY-MM-DD, such as 2025-04-01 (got ${JSON.stringify(value)}).`,
  }),
  order: {
    ja: '開始日（from）が終了日（to）より後になっています。開始日は終了日と同じか、それより前の日付にしてください。',
    en: 'from is after to. Use a start date on or before the end date.',
  },
  currency: {
    ja: '通貨（currency）は JPY、USD のような3文字の通貨コードで指定してください。',
    en: 'currency must be a three-letter code such as JPY or USD.',
  },
  grossMargin: {
    ja: '粗利率（grossMargin）は 0 より大きく 1 以下の数（例: 0.7）で指定してください。',
    en: 'grossMargin must be a number above 0 and at most 1 (e.g. 0.7).',
  },
  expectedPurchases: {
    ja: '想定購入回数（expectedPurchases）は 0 より大きい数（例: 3）で指定してください。',
    en: 'expectedPurchases must be a number above 0 (e.g. 3).',
  },
  scoreBands: {
    ja: 'スコア帯（scoreBands）は小さい順に並べた数値（例: [0, 20, 40, 60, 80]）で指定してください。',
    en: 'scoreBands must be numbers in ascending order, e.g. [0, 20, 40, 60, 80].',
  },
} as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Validates settings. Missing fields take defaults: cohort view, Japanese, JPY, default period.
 *
 * @example
 * readSettings({ view: 'period', language: 'en' })
 * //=> { ok: true, settings: { view: 'period', language: 'en', currency: 'JPY' } }
 * readSettings({ from: '2025/04/01' }).ok
 * //=> false
 */
export function readSettings(input: unknown, fallbackLanguage: Language = 'ja'): SettingsResult {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [MESSAGES.notObject[fallbackLanguage]] };
  }
  const raw = input as Record<string, unknown>;
  const language: Language = raw.language === 'en' || raw.language === 'ja' ? raw.language : fallbackLanguage;
  const problems: string[] = [];
  if (raw.language !== undefined && raw.language !== 'ja' && raw.language !== 'en') problems.push(MESSAGES.language[language]);

  const view = raw.view ?? 'cohort';
  if (view !== 'cohort' && view !== 'period') problems.push(MESSAGES.view[language]);

  const settings: { -readonly [K in keyof FunnelSettings]: FunnelSettings[K] } = {
    view: view === 'period' ? 'period' : 'cohort',
    language,
    currency: DEFAULT_CURRENCY,
  };
  for (const field of ['from', 'to'] as const) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && isValidIsoDay(value)) settings[field] = value;
    else problems.push(MESSAGES.day(field, value)[language]);
  }
  if (settings.from !== undefined && settings.to !== undefined && settings.from > settings.to) problems.push(MESSAGES.order[language]);

  if (raw.currency !== undefined && raw.currency !== null && raw.currency !== '') {
    const code = typeof raw.currency === 'string' ? currencyCode(raw.currency) : null;
    if (code !== null) settings.currency = code;
    else problems.push(MESSAGES.currency[language]);
  }
  if (raw.grossMargin !== undefined && raw.grossMargin !== null && raw.grossMargin !== '') {
    if (isFiniteNumber(raw.grossMargin) && raw.grossMargin > 0 && raw.grossMargin <= 1) settings.grossMargin = raw.grossMargin;
    else problems.push(MESSAGES.grossMargin[language]);
  }
  if (raw.expectedPurchases !== undefined && raw.expectedPurchases !== null && raw.expectedPurchases !== '') {
    if (isFiniteNumber(raw.expectedPurchases) && raw.expectedPurchases > 0) settings.expectedPurchases = raw.expectedPurchases;
    else problems.push(MESSAGES.expectedPurchases[language]);
  }
  if (raw.scoreBands !== undefined && raw.scoreBands !== null) {
    const bands = raw.scoreBands;
    const valid =
      Array.isArray(bands) &&
      bands.length > 0 &&
      bands.every(isFiniteNumber) &&
      bands.every((b, i) => i === 0 || (bands[i - 1] as number) < b);
    if (valid) settings.scoreBands = bands as number[];
    else problems.push(MESSAGES.scoreBands[language]);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
