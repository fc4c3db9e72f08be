/**
 * When a mapping makes a tab usable: the one rule shared by the parser (which refuses the tab) and
 * the sidebar (which says what is missing while the user edits, before the server answers).
 */
import type { AnyField, TabKind, TabMapping } from './types';

/**
 * Which required fields a mapping lacks (email needs `delivered` or `sent`; a long targets tab
 * needs month, metric and target; a wide one month and at least one metric column).
 *
 * @example
 * missingFields({ tab: 'メール', kind: 'email', headerRow: 0, columns: { sent: 2 } }, 'email')
 * //=> []
 * missingFields({ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0 } }, 'ads')
 * //=> ['cost']
 */
export function missingFields(mapping: TabMapping, kind: TabKind): AnyField[] {
  // A report that states its period in its preamble needs no date column (design §3.2.1).
  const has = (field: AnyField): boolean => mapping.columns[field] !== undefined || (field === 'date' && mapping.period !== undefined);
  switch (kind) {
    case 'ads':
      return (['date', 'cost'] as const).filter((field) => !has(field));
    case 'traffic':
      return (['date', 'sessions'] as const).filter((field) => !has(field));
    case 'leads':
      return has('created_date') ? [] : ['created_date'];
    case 'deals':
      // A deal list without a created date is dated by its close date (design §3.2.1).
      return has('created_date') || has('close_date') ? [] : ['created_date'];
    case 'email':
      return has('delivered') || has('sent') ? [] : ['delivered'];
    case 'targets': {
      const wide = mapping.wideMetrics !== undefined && Object.keys(mapping.wideMetrics).length > 0;
      const required: AnyField[] = wide ? ['month'] : ['month', 'metric', 'target'];
      return required.filter((field) => !has(field));
    }
  }
}
