import { createWarningLog, ROW_WARNINGS_PER_COLUMN } from '../../../src/core/parse/warningLog';

describe('createWarningLog', () => {
  it('keeps the first row warnings per tab, field and code and sums up the rest', () => {
    const log = createWarningLog('en');
    for (let row = 2; row < 2 + ROW_WARNINGS_PER_COLUMN + 5; row += 1) {
      log.row({ tab: 'Ads', row, field: 'cost', code: 'unparseable_number', message: `row ${row}` }, 'cost');
    }
    log.row({ tab: 'Ads', row: 3, field: 'date', code: 'unparseable_date', message: 'date' }, 'date');
    log.finishTab('Ads');
    expect(log.warnings).toHaveLength(ROW_WARNINGS_PER_COLUMN + 2);
    expect(log.warnings.at(-1)).toEqual({
      tab: 'Ads',
      row: null,
      field: 'cost',
      code: 'unparseable_number',
      message: '"Ads", column cost: the same problem occurs in 5 more rows.',
    });
  });

  it('gathers unreadable values into one warning per tab and column, with up to three examples', () => {
    const log = createWarningLog('ja');
    const values = ['TBD', 'TBD', 'pending', '要確認', 'n.a.'];
    values.forEach((value, index) => log.unrecognised('リード', 'mql_flag', 'MQLフラグ', 'flag', value, index + 2));
    log.finishTab('リード');
    expect(log.warnings).toEqual([
      {
        tab: 'リード',
        row: null,
        field: 'mql_flag',
        code: 'unrecognised_value',
        message:
          // Codes are quoted; Japanese text (it could be a name) is described; each with its first row.
          '「リード」のMQLフラグ列に、読み取れない値が5行ありました（「TBD」2行目、「pending」4行目、（3文字の文字列）5行目）。これらの行は、その段階に達していないものとして扱いました。○/×、はい/いいえ、1/0、または日付を入れてください。',
      },
    ]);
  });

  describe('edge cases', () => {
    it('emits a summary only for the tab being finished', () => {
      const log = createWarningLog('en');
      log.unrecognised('A', 'status', 'status', 'status', 'x', 2);
      log.finishTab('B');
      expect(log.warnings).toEqual([]);
      log.finishTab('A');
      expect(log.warnings).toHaveLength(1);
    });
  });
});
