/**
 * Collects parser warnings. Row-level warnings are capped per tab, field and code so a column of
 * 10,000 bad cells gives 20 precise warnings and one line with the rest of the count; unreadable
 * flag, status and stage values are gathered into one warning per tab and column.
 */
import type { Language, Warning, WarningCode } from '../model/types';
import type { UnreadableExample, VocabularyKind } from './messages';
import { moreRowsMessage, unrecognisedValuesMessage } from './messages';

/** Row-level warnings kept per tab, field and code before the rest are only counted. */
export const ROW_WARNINGS_PER_COLUMN = 20;
const UNRECOGNISED_EXAMPLES = 3;

interface Overflow {
  readonly tab: string;
  readonly field: string;
  readonly fieldLabel: string;
  readonly code: WarningCode;
  count: number;
}

interface Unrecognised {
  readonly tab: string;
  readonly field: string;
  readonly fieldLabel: string;
  readonly vocabulary: VocabularyKind;
  readonly examples: UnreadableExample[];
  rows: number;
}

export interface WarningLog {
  /** A warning about one row (capped). `fieldLabel` is the display name used in the summary line. */
  row(warning: Warning & { readonly tab: string; readonly field: string }, fieldLabel: string): void;
  /** A warning about a whole tab or the workbook (never capped). */
  general(warning: Warning): void;
  /** One unreadable value of a flag, status or stage column, at a row the user sees. */
  unrecognised(tab: string, field: string, fieldLabel: string, vocabulary: VocabularyKind, value: string, row: number): void;
  /** Emits the summaries gathered for a tab; call when the tab is done. */
  finishTab(tab: string): void;
  readonly warnings: readonly Warning[];
}

/**
 * Creates an empty warning log writing summaries in the given language.
 *
 * @example
 * const log = createWarningLog('en');
 * log.general({ tab: 'X', row: null, field: null, code: 'unusable_tab', message: 'Tab "X" was not read.' });
 * log.warnings.length
 * //=> 1
 */
export function createWarningLog(language: Language): WarningLog {
  const warnings: Warning[] = [];
  const rowCounts = new Map<string, number>();
  const overflows = new Map<string, Overflow>();
  const unrecognised = new Map<string, Unrecognised>();

  return {
    warnings,
    row(warning, fieldLabel) {
      const key = `${warning.tab}\u0000${warning.field}\u0000${warning.code}`;
      const count = (rowCounts.get(key) ?? 0) + 1;
      rowCounts.set(key, count);
      if (count <= ROW_WARNINGS_PER_COLUMN) {
        warnings.push(warning);
        return;
      }
      const overflow = overflows.get(key);
      if (overflow) overflow.count += 1;
      else overflows.set(key, { tab: warning.tab, field: warning.field, fieldLabel, code: warning.code, count: 1 });
    },
    general(warning) {
      warnings.push(warning);
    },
    unrecognised(tab, field, fieldLabel, vocabulary, value, row) {
      const key = `${tab}\u0000${field}`;
      const entry = unrecognised.get(key) ?? { tab, field, fieldLabel, vocabulary, examples: [], rows: 0 };
      entry.rows += 1;
      const example = value.trim();
      if (entry.examples.length < UNRECOGNISED_EXAMPLES && !entry.examples.some((seen) => seen.value === example)) {
        entry.examples.push({ value: example, row });
      }
      unrecognised.set(key, entry);
    },
    finishTab(tab) {
      for (const [key, overflow] of overflows) {
        if (overflow.tab !== tab) continue;
        warnings.push({
          tab,
          row: null,
          field: overflow.field,
          code: overflow.code,
          message: moreRowsMessage(tab, overflow.fieldLabel, overflow.count, language),
        });
        overflows.delete(key);
      }
      for (const [key, entry] of unrecognised) {
        if (entry.tab !== tab) continue;
        warnings.push({
          tab,
          row: null,
          field: entry.field,
          code: 'unrecognised_value',
          message: unrecognisedValuesMessage(tab, entry.fieldLabel, entry.vocabulary, entry.examples, entry.rows, language),
        });
        unrecognised.delete(key);
      }
    },
  };
}
