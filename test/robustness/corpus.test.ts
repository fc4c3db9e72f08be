/**
 * The robustness corpus (design §3, §4.4, §6.1, §7): every case runs through the BUILT bundle, and
 * must end in the expected summary or typed error, with the user's tabs untouched.
 */
import { corpus } from './cases';
import { runCase } from './runCase';

/** Forms the corpus must cover (the list); each is a `covers` tag of at least one case. */
const REQUIRED_COVERAGE = [
  'date:serial', 'date:date-cell', 'date:yyyymmdd', 'date:kanji', 'date:kanji-weekday', 'date:reiwa', 'date:reiwa-gannen',
  'date:r7', 'date:h31', 'date:era-boundary', 'date:english', 'date:datetime', 'date:full-width', 'date:month', 'date:zone',
  'date:invalid', 'target-month',
  'number:yen', 'number:en', 'number:full-width', 'number:percent', 'number:parentheses', 'number:triangle-black',
  'number:triangle-white', 'number:man', 'number:placeholder', 'number:invalid',
  'encoding:utf-8', 'encoding:utf-8-bom', 'encoding:utf-16le-tsv', 'encoding:shift-jis',
  'ga4:comment-lines', 'ga4:yyyymmdd', 'google-ads:title-rows', 'google-ads:dashes', 'google-ads:total-rows',
  'hostile:importxml', 'hostile:plus', 'hostile:minus', 'hostile:at', 'hostile:full-width-equals', 'hostile:html',
  'hostile:channel', 'hostile:tab-name', 'hostile:campaign',
  'long-cell:label', 'large-tab', 'merged-header', 'two-row-header', 'empty-workbook', 'header-only', 'future-date',
  'negative-cost', 'negative-amount',
  // Issue 16: hostile and broken files.
  'hostile:composed-trigger', 'encoding:invalid-utf-8', 'encoding:utf-16-stray-byte', 'size:too-wide', 'size:far-cell', 'size:far-row', 'size:bad-row-number', 'size:cell-twice', 'size:sparse-note',
  'xlsx:formula-without-result', 'xlsx:illegal-characters', 'state:user-tab-named-like-state', 'period:before-data',
  'privacy:shifted-row', 'privacy:names-in-status', 'privacy:headerless-first-row',
  'cli:json-is-input', 'cli:json-is-input-relative', 'cli:json-is-folder', 'cli:output-under-file', 'cli:input-twice', 'cli:option-twice',
  'cli:headerless-exit-3', 'cli:period-far',
  // Issue 16 item 2 and design §3.2.1
  'total-rows:real-label', 'total-rows:no-date', 'total-rows:sums', 'google-ads:period-in-preamble', 'ga4:period-in-preamble',
  'google-ads:all-time', 'email-only', 'unused-tab-warning',
  // Realistic Japanese-UI exports (design §3.2.1)
  'export-footer', 'number:currency-code', 'mixed-currencies', 'link:related-person',
];

describe(`robustness corpus (${corpus.length} cases)`, () => {
  it('covers every form the issue lists', () => {
    const covered = new Set(corpus.flatMap((c) => c.covers));
    expect(REQUIRED_COVERAGE.filter((tag) => !covered.has(tag))).toEqual([]);
  });

  it('has one name per case', () => {
    const names = corpus.map((c) => c.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', async (_name, robustnessCase) => {
    await runCase(robustnessCase);
  });
});
