/**
 * The tables kept outside Code.js (design §10) are read from the project's HTML files only by the
 * executions that need them, and each file at most once per execution.
 */
import type { HtmlServiceLocal } from '../../src/local/services/html';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import type { Workbook } from '../../src/local/workbook/model';
import { execute } from './bundleRun';

/** Runs an entry point and returns the project files it read, in order. */
function filesRead(workbook: Workbook, name: string, args: unknown[] = [], userLocale = 'ja_JP'): string[] {
  const read: string[] = [];
  execute(
    workbook,
    name,
    args,
    (services) => {
      const html = services.globals.HtmlService as HtmlServiceLocal;
      const original = html.createHtmlOutputFromFile.bind(html);
      html.createHtmlOutputFromFile = (file: unknown) => {
        read.push(String(file));
        return original(file);
      };
    },
    userLocale,
    'note'
  );
  return read;
}

/** A workbook whose leads tab gives the parser something to warn about (a date it cannot read). */
function workbookWithWarning(): Workbook {
  return workbookFromTabs(
    [
      {
        name: 'リード',
        rows: [
          ['リードID', '作成日', '流入元'],
          ['L1', '2025-04-01', 'Web'],
          ['L2', 'そのうち', 'Web'],
        ],
      },
    ],
    { timeZone: 'Asia/Tokyo' }
  );
}

describe('project files (design §10)', () => {
  it('a report reads the KPI guide, the report words and the messages of its language, each once', () => {
    const read = filesRead(workbookWithWarning(), 'generateFunnelReport', [{ settings: { language: 'en' } }]);
    expect([...read].sort()).toEqual(['KpiGuide', 'Messages_en', 'ReportLabels']);
  });

  it('the JSON summary reads only the messages of its language, once, however many warnings it words', () => {
    expect(filesRead(workbookWithWarning(), 'getFunnelSummary', [{ settings: { language: 'ja' } }])).toEqual(['Messages_ja']);
  });

  it('inserting the sample reads the sample workbook once (and the messages for its notice)', () => {
    const workbook = workbookFromTabs([{ name: 'シート1', rows: [] }], { timeZone: 'Asia/Tokyo' });
    expect(filesRead(workbook, 'insertSampleData').sort()).toEqual(['Messages_ja', 'SampleWorkbook']);
  });

  it('the sidebar state of a workbook with nothing to warn about reads none', () => {
    expect(filesRead(sampleWorkbook(), 'sidebarGetState', [null])).toEqual([]);
  });

  it('opening the sidebar reads only the sidebar page', () => {
    expect(filesRead(sampleWorkbook(), 'showSidebar')).toEqual(['Sidebar']);
  });

  it('the menu and a custom function read none', () => {
    expect(filesRead(sampleWorkbook(), 'onOpen', [{ authMode: 'NONE' }])).toEqual([]);
    expect(filesRead(sampleWorkbook(), 'CONVERSION_RATE', [30, 1200])).toEqual([]);
  });
});
