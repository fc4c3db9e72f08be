/**
 * Obviously fictitious companies and contact addresses for the sample leads and deals: names built
 * from words like サンプル and ダミー, domains under the reserved `.example` top-level domain
 * (RFC 2606) and local parts that are a role plus a serial number, never a person's name.
 */

export interface SampleCompany {
  readonly name: string;
  readonly domain: string;
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
  { ja: '商事', slug: 'shoji' },
  { ja: '工業', slug: 'kogyo' },
  { ja: 'システムズ', slug: 'systems' },
  { ja: '物産', slug: 'bussan' },
  { ja: '製作所', slug: 'seisakusho' },
  { ja: 'ソリューションズ', slug: 'solutions' },
  { ja: '電機', slug: 'denki' },
  { ja: 'テクノロジー', slug: 'tech' },
  { ja: 'ロジスティクス', slug: 'logistics' },
  { ja: '不動産', slug: 'fudosan' },
] as const;

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
 * [sampleCompany(0), sampleCompany(1).name]
 * //=> [{ name: '株式会社サンプル商事', domain: 'sample-shoji.example' }, '株式会社テスト商事']
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
