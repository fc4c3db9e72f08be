import { dealOutcomeFromStage, stageFromStatus, statusKey } from '../../../src/core/vocabulary/stageWords';

describe('stageFromStatus', () => {
  it.each([
    ['リード', 'leads'],
    ['Lead', 'leads'],
    ['新規', 'leads'],
    ['open', 'leads'],
    ['サブスクライバー', 'leads'],
    ['subscriber', 'leads'],
    ['Open - Not Contacted', 'leads'],
    ['Working - Contacted', 'leads'],
    ['MQL', 'mql'],
    ['Marketing Qualified Lead', 'mql'],
    ['marketingqualifiedlead', 'mql'],
    ['Marketing Qualified Lead(MQL)', 'mql'],
    ['SQL', 'sql'],
    ['Sales Qualified Lead', 'sql'],
    ['salesqualifiedlead', 'sql'],
    ['商談', 'opportunities'],
    ['商談中', 'opportunities'],
    ['Opportunity', 'opportunities'],
    ['提案', 'opportunities'],
    ['見積', 'opportunities'],
    ['contractsent', 'opportunities'],
    ['Proposal/Price Quote', 'opportunities'],
    ['受注', 'won'],
    ['成約', 'won'],
    ['成立', 'won'],
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['Customer', 'won'],
    ['顧客', 'won'],
    ['エバンジェリスト', 'won'],
    // Zoho CRM lead statuses; Salesforce's newer defaults and converted leads
    ['Not Contacted', 'leads'],
    ['Contacted', 'leads'],
    ['Contact in Future', 'leads'],
    ['Pre Qualified', 'mql'],
    ['Pre-Qualified', 'mql'],
    ['Qualified', 'sql'],
    ['Converted', 'opportunities'],
    ['Closed - Converted', 'opportunities'],
  ])('reads %j as %s', (value, stage) => {
    expect(stageFromStatus(value)).toEqual({ stage, lost: false, known: true });
  });

  it.each([['失注'], ['Closed Lost'], ['closedlost'], ['Lost'], ['不成立']])(
    'reads %j as opportunities reached and lost',
    (value) => {
      expect(stageFromStatus(value)).toEqual({ stage: 'opportunities', lost: true, known: true });
    },
  );

  it.each([['Lost Lead'], ['Junk Lead'], ['Not Qualified'], ['Closed - Not Converted']])(
    'reads %j, a lead dropped before any deal, as a lead that is not a lost opportunity',
    (value) => {
      expect(stageFromStatus(value)).toEqual({ stage: 'leads', lost: false, known: true });
    },
  );

  it('reads unknown values as leads and says they are unknown', () => {
    expect(stageFromStatus('保留')).toEqual({ stage: 'leads', lost: false, known: false });
    expect(stageFromStatus(42)).toEqual({ stage: 'leads', lost: false, known: false });
  });

  describe('edge cases', () => {
    it('returns null for blank cells', () => {
      expect(stageFromStatus('')).toBeNull();
      expect(stageFromStatus('  ')).toBeNull();
      expect(stageFromStatus(null)).toBeNull();
    });

    it('ignores step numbers, full-width letters, spacing and a trailing pipeline name', () => {
      expect(stageFromStatus('3. 商談')?.stage).toBe('opportunities');
      expect(stageFromStatus('02_MQL')?.stage).toBe('mql');
      expect(stageFromStatus('ＳＱＬ')?.stage).toBe('sql');
      expect(stageFromStatus('Closed Won (Sales Pipeline)')?.stage).toBe('won');
    });

    it('falls back to the words in brackets when the rest is unknown', () => {
      expect(stageFromStatus('ステップ5（受注）')).toEqual({ stage: 'won', lost: false, known: true });
    });
  });
});

describe('dealOutcomeFromStage', () => {
  it('reads won, lost and open stages', () => {
    expect(dealOutcomeFromStage('成立')).toEqual({ outcome: 'won', known: true });
    expect(dealOutcomeFromStage('closedwon')).toEqual({ outcome: 'won', known: true });
    expect(dealOutcomeFromStage('失注')).toEqual({ outcome: 'lost', known: true });
    expect(dealOutcomeFromStage('Closed Lost')).toEqual({ outcome: 'lost', known: true });
    expect(dealOutcomeFromStage('qualifiedtobuy')).toEqual({ outcome: 'open', known: true });
    expect(dealOutcomeFromStage('提案中')).toEqual({ outcome: 'open', known: true });
  });

  describe('edge cases', () => {
    it('reads unknown stages as open and blank as null', () => {
      expect(dealOutcomeFromStage('1234567')).toEqual({ outcome: 'open', known: false });
      expect(dealOutcomeFromStage('')).toBeNull();
    });
  });
});

describe('statusKey', () => {
  it('drops spacing, punctuation and a trailing bracket', () => {
    expect(statusKey('Closed - Won (Sales Pipeline)')).toBe('closedwon');
    expect(statusKey('Marketing Qualified Lead(MQL)')).toBe('marketingqualifiedlead');
  });

  describe('edge cases', () => {
    it('keeps a number that is the whole value', () => {
      expect(statusKey('12')).toBe('12');
    });
  });
});

describe('Salesforce default picklists, Japanese and English UI', () => {
  it.each([
    ['未対応', 'leads'],
    ['対応中', 'leads'],
    ['不適格', 'leads'],
    ['Open - Not Contacted', 'leads'],
    ['Working - Contacted', 'leads'],
    ['Closed - Not Converted', 'leads'],
    ['取引開始', 'opportunities'],
    ['Closed - Converted', 'opportunities'],
  ])('lead status %j is %s (a converted lead reached 商談; a disqualified one stays a lead, not lost)', (value, stage) => {
    expect(stageFromStatus(value)).toEqual({ stage, lost: false, known: true });
  });

  it.each([
    ['見込み客', 'open'],
    ['選定', 'open'],
    ['ニーズ分析', 'open'],
    ['価値提案', 'open'],
    ['意思決定者の特定', 'open'],
    ['認識分析', 'open'],
    ['提案/見積', 'open'],
    ['交渉/レビュー', 'open'],
    ['成立', 'won'],
    ['不成立', 'lost'],
    ['Prospecting', 'open'],
    ['Qualification', 'open'],
    ['Needs Analysis', 'open'],
    ['Value Proposition', 'open'],
    ['Id. Decision Makers', 'open'],
    ['Perception Analysis', 'open'],
    ['Proposal/Price Quote', 'open'],
    ['Negotiation/Review', 'open'],
    ['Closed Won', 'won'],
    ['Closed Lost', 'lost'],
  ])('opportunity stage %j is %s and known', (value, outcome) => {
    expect(dealOutcomeFromStage(value)).toEqual({ outcome, known: true });
  });

  it.each([['オープン取引', 'opportunities'], ['進行中', 'leads'], ['接続済み', 'leads'], ['タイミングが悪い', 'leads'], ['対象外', 'leads']])(
    'HubSpot JA and hand-made lead status %j is %s',
    (value, stage) => {
      expect(stageFromStatus(value)).toEqual({ stage, lost: false, known: true });
    },
  );
});

describe('statuses typed with a reason or a history (hand-made deal sheets)', () => {
  it.each([
    ['失注：価格', 'lost'],
    ['失注→他社決定', 'lost'],
    ['失注 - 予算凍結', 'lost'],
    ['受注/一部納品済み', 'won'],
    ['受注（4/15契約）', 'won'],
    ['商談中→受注', 'won'],
    ['受注⇒失注', 'lost'],
    ['提案中 | 確度B', 'open'],
    ['ロスト', 'lost'],
    ['Lost - no budget', 'lost'],
  ])('%j is %s and known', (value, outcome) => {
    expect(dealOutcomeFromStage(value)).toEqual({ outcome, known: true });
  });

  it('keeps a value none of whose parts is a status unknown, and a hyphen inside a word is no separator', () => {
    expect(dealOutcomeFromStage('価格：高い')).toEqual({ outcome: 'open', known: false });
    expect(dealOutcomeFromStage('受注-見込')).toEqual({ outcome: 'open', known: false });
    // Whole values still win over their parts: the default stage "提案/見積" is one stage.
    expect(stageFromStatus('提案/見積')).toEqual({ stage: 'opportunities', lost: false, known: true });
  });
});

describe('HubSpot lifecycle stages spelt in katakana', () => {
  it.each([
    ['マーケティングクオリファイドリード', 'mql'],
    ['マーケティング・クオリファイド・リード', 'mql'],
    ['セールスクオリファイドリード', 'sql'],
    ['セールス クオリファイド リード（SQL）', 'sql'],
  ])('%j is %s', (value, stage) => {
    expect(stageFromStatus(value)).toEqual({ stage, lost: false, known: true });
  });
});
