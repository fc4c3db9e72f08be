import { sampleCompany, sampleEmail } from '../../../src/core/sample/companies';

const EXAMPLE_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:example|example\.co\.jp)$/;

describe('sampleCompany', () => {
  it('starts with 株式会社サンプル商事 at sample-shoji.example', () => {
    expect(sampleCompany(0)).toEqual({ name: '株式会社サンプル商事', domain: 'sample-shoji.example', industry: '卸売業', employees: 8 });
  });

  it('takes the industry from the trade in the name', () => {
    expect([0, 6, 12, 30, 48, 54].map((index) => [sampleCompany(index).name, sampleCompany(index).industry])).toEqual([
      ['株式会社サンプル商事', '卸売業'],
      ['株式会社サンプル工業', '製造業'],
      ['株式会社サンプルシステムズ', '情報通信業'],
      ['株式会社サンプルソリューションズ', '情報通信業'],
      ['株式会社サンプルロジスティクス', '運輸業'],
      ['株式会社サンプル不動産', '不動産業'],
    ]);
  });

  it('gives every size band some companies, with some headcounts written 約N名 and some unknown', () => {
    const headcounts = Array.from({ length: 1980 }, (_, index) => sampleCompany(index).employees);
    const numbers = headcounts.filter((value): value is number => typeof value === 'number');
    for (const [low, high] of [[1, 9], [10, 49], [50, 99], [100, 299], [300, 999], [1000, Infinity]] as const) {
      expect(numbers.filter((value) => value >= low && value <= high).length).toBeGreaterThan(100);
    }
    const written = headcounts.filter((value): value is string => typeof value === 'string');
    expect(written.filter((value) => value === '').length).toBeGreaterThan(100);
    expect(written.filter((value) => value !== '').every((value) => /^約[1-9][0-9]*名$/.test(value))).toBe(true);
  });

  it('varies the stem first, then the trade, the place and the legal form', () => {
    expect(sampleCompany(1).name).toBe('株式会社テスト商事');
    expect(sampleCompany(6).name).toBe('株式会社サンプル工業');
    // 6 stems × 10 trades = 60 names per place; place 1 is 東京.
    expect(sampleCompany(60).name).toBe('株式会社東京サンプル商事');
    // 60 × 11 places = 660 names per legal form; form 2 puts 株式会社 after the name.
    expect(sampleCompany(660).name).toBe('サンプル商事株式会社');
    expect(sampleCompany(1320).name).toBe('合同会社サンプル商事');
  });

  it('gives 1,980 distinct names and distinct domains before repeating with a number', () => {
    const companies = Array.from({ length: 1980 }, (_, index) => sampleCompany(index));
    expect(new Set(companies.map((company) => company.name)).size).toBe(1980);
    expect(new Set(companies.map((company) => company.domain)).size).toBe(1980);
    expect(sampleCompany(1980).name).toBe('株式会社サンプル商事2');
    expect(sampleCompany(1980).domain).toBe('sample-shoji2.example');
  });

  it('keeps every domain under the reserved .example top-level domain', () => {
    for (const index of [0, 59, 61, 700, 1500, 1979, 5000, 123_456]) {
      expect(sampleCompany(index).domain).toMatch(/^[a-z0-9-]+\.example$/);
    }
  });
});

describe('sampleEmail', () => {
  it('is a role word, the serial and the company domain', () => {
    // Roles cycle info, sales, marketing, kikaku, soumu …: serial 12 → 12 mod 8 = 4 → soumu.
    expect(sampleEmail(12, sampleCompany(0))).toBe('soumu12@sample-shoji.example');
  });

  it('never repeats for different serials at the same company', () => {
    const company = sampleCompany(3);
    const emails = Array.from({ length: 1000 }, (_, serial) => sampleEmail(serial + 1, company));
    expect(new Set(emails).size).toBe(1000);
  });

  describe('edge cases', () => {
    it('stays in an example domain for large serials and company indexes', () => {
      expect(sampleEmail(999_999, sampleCompany(54_999))).toMatch(EXAMPLE_DOMAIN);
    });
  });
});
