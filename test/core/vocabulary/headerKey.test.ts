import { headerKey, headerUnitScale, normalizeHeader, recordFieldKey } from '../../../src/core/vocabulary/headerKey';

describe('normalizeHeader', () => {
  it('applies NFKC, trims, collapses spaces and case-folds', () => {
    expect(normalizeHeader('  Ｃｏｓｔ　 Per  Click ')).toBe('cost per click');
  });

  it.each([
    ['費用(円)', '費用'],
    ['費用（円）', '費用'],
    ['費用 [円]', '費用'],
    ['費用【円】', '費用'],
    ['Cost (JPY)', 'cost'],
    ['費用（ＪＰＹ）', '費用'],
    ['直帰率(%)', '直帰率'],
    ['直帰率（％）', '直帰率'],
    ['平均エンゲージメント時間(秒)', '平均エンゲージメント時間'],
    ['金額(税込)(円)', '金額'],
  ])('drops the trailing unit of %j', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  it('drops a larger yen unit too (the values are scaled when read, see headerUnitScale)', () => {
    expect(normalizeHeader('費用(千円)')).toBe('費用');
    expect(normalizeHeader('受注金額（単位：万円）')).toBe('受注金額');
    expect(normalizeHeader('売上【百万円】')).toBe('売上');
  });

  it('keeps brackets that are not units', () => {
    expect(normalizeHeader('費用(千)')).toBe('費用(千)');
    expect(normalizeHeader('Session primary channel group (Default Channel Group)')).toBe(
      'session primary channel group (default channel group)',
    );
  });

  it('strips a byte-order mark', () => {
    expect(normalizeHeader('\uFEFF日付')).toBe('日付');
  });

  describe('edge cases', () => {
    it('turns blank and non-text cells into text', () => {
      expect(normalizeHeader(null)).toBe('');
      expect(normalizeHeader(undefined)).toBe('');
      expect(normalizeHeader(2025)).toBe('2025');
    });
  });
});

describe('headerKey', () => {
  it('ignores spaces and the punctuation exports disagree on', () => {
    expect(headerKey('Avg. CPC')).toBe(headerKey('avg cpc'));
    expect(headerKey('セッションのデフォルト チャネル グループ')).toBe(headerKey('セッションのデフォルトチャネルグループ'));
    expect(headerKey('E-mail')).toBe(headerKey('email'));
    expect(headerKey('Lead_Source')).toBe(headerKey('LeadSource'));
  });

  it('drops a Salesforce custom-field suffix', () => {
    expect(headerKey('MQL_Date__c')).toBe(headerKey('MQL Date'));
  });

  describe('edge cases', () => {
    it('keeps slashes, so "Cost / conv." stays different from "Cost"', () => {
      expect(headerKey('Cost / conv.')).not.toBe(headerKey('Cost'));
    });
  });
});

describe('recordFieldKey', () => {
  it('reads the field after a CRM record-type prefix (Pipedrive exports)', () => {
    expect(recordFieldKey('Deal - Deal created')).toBe('dealcreated');
    expect(recordFieldKey('Person - Email')).toBe('email');
    expect(recordFieldKey('Organization - Name')).toBe('name');
    expect(recordFieldKey('Organisation: Name')).toBe('name');
    expect(recordFieldKey('deal – won time')).toBe('wontime');
  });

  describe('edge cases', () => {
    it('is null without a record-type prefix, or with nothing after it', () => {
      expect(recordFieldKey('Deal stage')).toBeNull();
      expect(recordFieldKey('Deal-stage')).toBeNull();
      expect(recordFieldKey('Record ID - Contact')).toBeNull();
      expect(recordFieldKey('Campaign - Name')).toBeNull();
      expect(recordFieldKey('Deal - ')).toBeNull();
      expect(recordFieldKey(42)).toBeNull();
    });
  });
});

describe('headerUnitScale', () => {
  it.each([
    ['費用（千円）', 1000],
    ['費用(千円)', 1000],
    ['金額 [万円]', 10_000],
    ['受注金額（単位：万円）', 10_000],
    ['売上【百万円】', 1_000_000],
    ['売上高(億円)', 100_000_000],
    ['費用（円）', 1],
    ['費用', 1],
    ['千円未満切り捨て', 1],
    [12, 1],
  ])('%j is in units of %d yen', (header, scale) => {
    expect(headerUnitScale(header)).toBe(scale);
  });
});
