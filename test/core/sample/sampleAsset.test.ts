import { buildSampleWorkbook, dayCell } from '../../../src/core/sample';
import { parseSampleTabs, SAMPLE_ASSET } from '../../../src/core/sample/sampleAsset';
import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';

describe('the sample workbook asset (design §10)', () => {
  it('is the default sample workbook, read back cell for cell (date cells included)', () => {
    const content = PROJECT_ASSETS[SAMPLE_ASSET]?.() ?? '';
    const tabs = parseSampleTabs(content);
    expect(tabs).toEqual(buildSampleWorkbook());
    expect(tabs.find((tab) => tab.name === 'リード')?.values[1]?.[1]).toEqual(dayCell('2025-04-01'));
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = 'SampleWorkbook.html is not the sample workbook; rebuild and push the add-on (npm run build).';
    for (const content of [
      '<html>',
      '[]',
      '{"name":"リード"}',
      JSON.stringify([{ name: '', values: [] }]),
      JSON.stringify([{ name: 'リード', values: [['a', null]] }]),
      JSON.stringify([{ name: 'リード', values: [[{ kind: 'date', iso: '4月1日' }]] }]),
      JSON.stringify([{ name: 'リード', values: ['a'] }]),
    ]) {
      expect(() => parseSampleTabs(content)).toThrow(message);
    }
  });
});
