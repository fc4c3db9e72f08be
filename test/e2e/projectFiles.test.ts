/**
 * The tables kept outside Code.js (design §10) are read from the project's HTML files only by the
 * executions that need them, and each file at most once per execution.
 */
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/catalog';
import type { HtmlServiceLocal } from '../../src/local/services/html';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import type { Workbook } from '../../src/local/workbook/model';
import { execute } from './bundleRun';

interface Reading {
  /** The project files read, in order. */
  readonly read: string[];
  /** The message the call failed with, if it did. */
  readonly error?: string;
}

/**
 * Runs an entry point and returns the project files it read, whether it returned or threw.
 * `serve` may replace a file's content (a stale or damaged push).
 */
function reading(workbook: Workbook, name: string, args: unknown[] = [], serve?: (file: string, content: string) => string): Reading {
  const read: string[] = [];
  try {
    execute(
      workbook,
      name,
      args,
      (services) => {
        const html = services.globals.HtmlService as HtmlServiceLocal;
        const original = html.createHtmlOutputFromFile.bind(html);
        html.createHtmlOutputFromFile = (file: unknown) => {
          read.push(String(file));
          const output = original(file);
          return serve ? output.setContent(serve(String(file), output.getContent())) : output;
        };
      },
      'ja_JP',
      'note'
    );
  } catch (error) {
    return { read, error: (error as Error).message };
  }
  return { read };
}

/** The project files a successful call read, in order. */
function filesRead(workbook: Workbook, name: string, args: unknown[] = []): string[] {
  const { read, error } = reading(workbook, name, args);
  if (error !== undefined) throw new Error(`${name} failed: ${error}`);
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
  it('a report reads the KPI guide, the report words, the messages of its language, the header vocabulary and the channel words, each once', () => {
    const read = filesRead(workbookWithWarning(), 'generateFunnelReport', [{ settings: { language: 'en' } }]);
    expect([...read].sort()).toEqual(['ChannelWords', 'KpiGuide', 'Messages_en', 'ReportLabels', 'Vocabulary']);
  });

  it('a report on the whole sample (eight tabs, every kind) reads the header vocabulary once', () => {
    const read = filesRead(sampleWorkbook(), 'generateFunnelReport', [{ settings: { language: 'ja' } }]);
    expect(read.filter((file) => file === 'Vocabulary')).toEqual(['Vocabulary']);
  });

  it('the JSON summary reads only the header vocabulary, the channel words and the messages of its language, once, however many warnings it words', () => {
    expect(filesRead(workbookWithWarning(), 'getFunnelSummary', [{ settings: { language: 'ja' } }]).sort()).toEqual(['ChannelWords', 'Messages_ja', 'Vocabulary']);
  });

  it('inserting the sample reads the sample workbook once (and the messages for its notice)', () => {
    const workbook = workbookFromTabs([{ name: 'シート1', rows: [] }], { timeZone: 'Asia/Tokyo' });
    expect(filesRead(workbook, 'insertSampleData').sort()).toEqual(['Messages_ja', 'SampleWorkbook']);
  });

  it('the sidebar state of a workbook with nothing to warn about reads only the header vocabulary, once for every tab and kind', () => {
    expect(filesRead(sampleWorkbook(), 'sidebarGetState', [null])).toEqual(['Vocabulary']);
  });

  it('opening the sidebar reads only the sidebar page', () => {
    expect(filesRead(sampleWorkbook(), 'showSidebar')).toEqual(['Sidebar']);
  });

  it('the menu reads none', () => {
    expect(filesRead(sampleWorkbook(), 'onOpen', [{ authMode: 'NONE' }])).toEqual([]);
    expect(filesRead(sampleWorkbook(), 'onOpen', [{ authMode: 'LIMITED' }])).toEqual([]);
    expect(filesRead(sampleWorkbook(), 'onInstall', [{ authMode: 'FULL' }])).toEqual([]);
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s reads no file: neither the vocabulary nor any other, with a result or an error', (name, spec) => {
    expect(reading(sampleWorkbook(), name, [...spec.example.args])).toEqual({ read: [] });
    const failed = reading(sampleWorkbook(), name, spec.parameters.map(() => 'abc'));
    expect(failed.error).toContain(`${name}: `);
    expect(failed.read).toEqual([]);
  });

  describe('a vocabulary file that is missing or was not pushed with this Code.js', () => {
    it('stops the report with the message of every project file: rebuild and push', () => {
      const stale = reading(sampleWorkbook(), 'generateFunnelReport', [{}], (file, content) => (file === 'Vocabulary' ? '{"fieldAliases":{}}' : content));
      expect(stale.error).toBe("Vocabulary.html is not the add-on's header vocabulary; rebuild and push the add-on (npm run build).");
    });

    it('stops the sidebar state with the platform message naming the file', () => {
      const missing = reading(sampleWorkbook(), 'sidebarGetState', [null], (file, content) => {
        if (file === 'Vocabulary') throw new Error('No HTML file named Vocabulary was found.');
        return content;
      });
      expect(missing.error).toContain('No HTML file named Vocabulary was found.');
    });
  });
});
