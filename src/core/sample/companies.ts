/**
 * Obviously fictitious companies and contact addresses for the sample leads and deals: names built
 * from words like サンプル and ダミー, domains under the reserved `.example` top-level domain
 * (RFC 2606) and local parts that are a role plus a serial number, never a person's name.
 */

export interface SampleCompany {
  readonly name: string;
  readonly domain: string;
  /** 業種, from the trade in the name (商事 → 卸売業, 工業 → 製造業 …). */
  readonly industry: string;
  /** 従業員数 as the MA tool shows it: a number, `約N名` on some rows, blank when unknown. */
  readonly employees: number | string;
}

const PLACES = [
  { ja: '', slug: '' },
  { ja: '東京', slug: 'tokyo-' },
  { ja: '大阪', slug: 'osaka-' },
  { ja: '名古屋', slug: 'nagoya-' },
  { ja: '福岡', slug: 'fukuoka-' },
  { ja: '札幌', slug: 'sapporo-' },
  { ja: '横浜', slug: 'yokohama-' },
  { ja: '京都', slug: 'kyoto-' },
  { ja: '仙台', slug: 'sendai-' },
  { ja: '広島', slug: 'hiroshima-' },
  { ja: '神戸', slug: 'kobe-' },
] as const;

const STEMS = [
  { ja: 'サンプル', slug: 'sample' },
  { ja: 'テスト', slug: 'test' },
  { ja: 'ダミー', slug: 'dummy' },
  { ja: '架空', slug: 'kakuu' },
  { ja: '見本', slug: 'mihon' },
  { ja: '例示', slug: 'reiji' },
] as const;

const TRADES = [
  { ja: '商事', slug: 'shoji', industry: '卸売業' },
  { ja: '工業', slug: 'kogyo', industry: '製造業' },
  { ja: 'システムズ', slug: 'systems', industry: '情報通信業' },
  { ja: '物産', slug: 'bussan', industry: '卸売業' },
  { ja: '製作所', slug: 'seisakusho', industry: '製造業' },
  { ja: 'ソリューションズ', slug: 'solutions', industry: '情報通信業' },
  { ja: '電機', slug: 'denki', industry: '製造業' },
  { ja: 'テクノロジー', slug: 'tech', industry: '情報通信業' },
  { ja: 'ロジスティクス', slug: 'logistics', industry: '運輸業' },
  { ja: '不動産', slug: 'fudosan', industry: '不動産業' },
] as const;

/** Typical headcounts of the sample's customers, small companies first (a B2B SaaS sells to many SMBs). */
const HEADCOUNTS = [4, 8, 15, 22, 35, 48, 60, 85, 120, 180, 240, 320, 450, 700, 1200, 3500] as const;

/**
 * A company's headcount, spread by a multiplicative hash of its index so that it does not follow
 * the name's words (and draws nothing from the random streams: the other tabs stay as they are).
 */
function headcount(index: number): number | string {
  const hash = Math.imul(index + 1, 2654435761) >>> 0;
  const base = at(HEADCOUNTS, hash % HEADCOUNTS.length);
  const count = base + ((hash >>> 8) % Math.max(1, Math.floor(base / 5)));
  if (hash % 11 === 0) return '';
  return hash % 7 === 0 ? `約${count}名` : count;
}

/** How the legal form is written: 株式会社 before or after the name, or 合同会社. */
const FORMS = [(name: string) => `株式会社${name}`, (name: string) => `${name}株式会社`, (name: string) => `合同会社${name}`] as const;

const ROLES = ['info', 'sales', 'marketing', 'kikaku', 'soumu', 'jinji', 'it', 'eigyo'] as const;

const DISTINCT_NAMES = STEMS.length * TRADES.length * PLACES.length * FORMS.length;

function at<T>(items: readonly T[], index: number): T {
  return items[index % items.length] as T;
}

/**
 * The `index`-th fictitious company (0-based). The first 1,980 names are distinct word combinations;
 * later ones repeat them with a number, which only the benchmark's huge workbooks reach.
 *
 * @example
 * [sampleCompany(0).name, sampleCompany(0).domain, sampleCompany(0).industry, sampleCompany(1).name]
 * //=> ['株式会社サンプル商事', 'sample-shoji.example', '卸売業', '株式会社テスト商事']
 */
export function sampleCompany(index: number): SampleCompany {
  const stem = at(STEMS, index);
  const trade = at(TRADES, Math.floor(index / STEMS.length));
  const placeIndex = Math.floor(index / (STEMS.length * TRADES.length));
  const place = at(PLACES, placeIndex);
  const formIndex = Math.floor(placeIndex / PLACES.length) % FORMS.length;
  const form = at(FORMS, formIndex);
  const round = Math.floor(index / DISTINCT_NAMES);
  const suffix = round === 0 ? '' : String(round + 1);
  // The domain must differ where only the legal form differs, or two companies would share addresses.
  const formSlug = formIndex === 0 ? '' : `-${formIndex + 1}`;
  return {
    name: form(`${place.ja}${stem.ja}${trade.ja}${suffix}`),
    domain: `${place.slug}${stem.slug}-${trade.slug}${formSlug}${suffix}.example`,
    industry: trade.industry,
    employees: headcount(index),
  };
}

/**
 * A contact address for the `serial`-th lead at a company: a role word and the serial, so addresses
 * are unique and never look like a real person's.
 *
 * @example
 * sampleEmail(12, sampleCompany(0))
 * //=> 'soumu12@sample-shoji.example'
 */
export function sampleEmail(serial: number, company: SampleCompany): string {
  return `${at(ROLES, serial)}${serial}@${company.domain}`;
}
