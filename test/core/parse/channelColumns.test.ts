/** The channel of a row: its channel column, combined with a medium column as `source / medium` (design §3.2.1). */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

const options = { zoneOffset: () => 540, language: 'en' as const };

function parse(name: string, values: readonly (readonly unknown[])[]) {
  return parseWorkbook([{ name, values }], [recognizeTab(name, values).mapping], options);
}

describe('channel columns', () => {
  it('combines utm_source and utm_medium of a form export as source / medium', () => {
    const parsed = parse('Form leads', [
      ['Submitted At', 'Email', 'utm_source', 'utm_medium'],
      ['2025-04-01', 'a@example.com', 'google', 'cpc'],
      ['2025-04-02', 'b@example.com', 'newsletter', ''],
      ['2025-04-03', 'c@example.com', '', 'email'],
      ['2025-04-04', 'd@example.com', '', ''],
    ]);
    expect(parsed.leads.map((lead) => lead.channel)).toEqual(['google / cpc', 'newsletter', 'email', null]);
  });

  it('combines GA4 session source and session medium in a traffic tab', () => {
    const parsed = parse('GA4', [
      ['Date', 'Session source', 'Session medium', 'Sessions'],
      ['20250401', 'google', 'organic', '120'],
    ]);
    expect(parsed.traffic.map((row) => [row.channel, row.sessions])).toEqual([['google / organic', 120]]);
  });

  describe('edge cases', () => {
    it('uses a medium column alone as the channel, not the tab name', () => {
      const values = [['Date', 'Medium', 'Sessions'], ['20250401', 'referral', '7']];
      expect(recognizeTab('GA4', values).mapping.channel).toBeUndefined();
      expect(parse('GA4', values).traffic.map((row) => row.channel)).toEqual(['referral']);
    });
  });
});
