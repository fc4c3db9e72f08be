/**
 * The column mapping of one tab read as one kind: for each field, a dropdown offering every column
 * with its sample values, the chosen column's full name and samples on their own line (they wrap:
 * nothing is cut off at 300 px), and an 「自動」 marker where the column is the one automatic
 * matching chose. Required fields and fields with a column come first; the rest fold away.
 */
import type { AnyField, Language, TabMapping } from '../../core/model/types';
import type { ColumnView, FieldView, KindView } from '../../shared/rpc';
import { h, uniqueId } from '../h';
import { t } from '../i18n';
import { columnLetter, columnOptionLabel } from '../labels';

export interface MappingPanelContext {
  readonly language: Language;
  readonly kind: KindView;
  /** Headers and samples by column index. */
  readonly columns: readonly ColumnView[];
  /** What automatic matching chose for this kind (the 「自動」 marker). */
  readonly suggested: TabMapping | undefined;
  readonly onColumn: (field: AnyField, column: number | null) => void;
}

export interface MappingPanel {
  readonly elements: HTMLElement[];
  /** Shows the current mapping: chosen columns, samples, markers; `missing` required fields are marked invalid. */
  refresh(mapping: TabMapping, missing: readonly AnyField[]): void;
}

interface FieldRow {
  readonly field: FieldView;
  readonly select: HTMLSelectElement;
  readonly auto: HTMLElement;
  readonly chosen: HTMLElement;
}

function capitalised(label: string): string {
  // Server labels suit the middle of a sentence ("cost"); a form label starts with a capital.
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function columnLabel(language: Language, columns: readonly ColumnView[], index: number): string {
  const column = columns[index];
  const base = columnOptionLabel(language, index, column?.label ?? '');
  if (!column || column.samples.length === 0) return base;
  return t(language, 'mapping.columnSamples', { column: base, samples: column.samples.join(', ') });
}

/** The chosen column's full name and its samples, or that none is chosen. */
function describeChoice(language: Language, columns: readonly ColumnView[], index: number | undefined): string {
  if (index === undefined) return t(language, 'mapping.notChosen');
  const column = columns[index];
  const label = column?.label ? column.label : t(language, 'mapping.blankHeader');
  const name = t(language, 'mapping.chosen', { letter: columnLetter(index), label });
  const samples = column && column.samples.length > 0 ? t(language, 'mapping.samples', { samples: column.samples.join(language === 'ja' ? '、' : ', ') }) : t(language, 'mapping.noSamples');
  return `${name} ${samples}`;
}

function fieldRow(context: MappingPanelContext, field: FieldView, columnCount: number): { row: HTMLElement; control: FieldRow } {
  const { language } = context;
  const id = uniqueId('field');
  const chosenId = uniqueId('chosen');
  const select = h(
    'select',
    {
      id,
      'aria-required': field.required ? 'true' : null,
      'aria-describedby': chosenId,
      onchange: () => context.onColumn(field.field, select.value === '' ? null : Number(select.value)),
    },
    h('option', { value: '' }, t(language, 'mapping.none')),
    Array.from({ length: columnCount }, (_, index) => h('option', { value: String(index) }, columnLabel(language, context.columns, index)))
  );
  const auto = h('span', { class: 'badge badge-auto', hidden: true }, t(language, 'mapping.auto'));
  const chosen = h('p', { id: chosenId, class: 'chosen-column' });
  const row = h(
    'div',
    { class: 'field-map' },
    h(
      'label',
      { for: id },
      h('span', { class: 'field-name' }, capitalised(field.label)),
      field.required ? h('span', { class: 'badge badge-required' }, t(language, 'mapping.required')) : null,
      auto
    ),
    select,
    chosen
  );
  return { row, control: { field, select, auto, chosen } };
}

/**
 * Builds the mapping of one kind. Which fields show at once is decided here, from the mapping the
 * panel opens with, and kept while the user edits (rows never jump under the pointer).
 *
 * @example
 * createMappingPanel(context, mapping).elements[0].textContent
 * //=> '各項目に使う列を選びます。「自動」は見出しから自動で選んだ列です。'
 */
export function createMappingPanel(context: MappingPanelContext, initial: TabMapping): MappingPanel {
  const { language, kind } = context;
  const mappedColumns = Object.values(initial.columns).map((index) => (index ?? -1) + 1);
  const columnCount = Math.max(context.columns.length, ...mappedColumns);
  const controls: FieldRow[] = [];
  const shown: HTMLElement[] = [];
  const folded: HTMLElement[] = [];
  for (const field of kind.fields) {
    const { row, control } = fieldRow(context, field, columnCount);
    controls.push(control);
    (field.required || initial.columns[field.field] !== undefined ? shown : folded).push(row);
  }
  const elements: HTMLElement[] = [h('p', { class: 'help' }, t(language, 'mapping.intro')), ...shown];
  if (folded.length > 0) {
    elements.push(h('details', { class: 'more-fields' }, h('summary', null, t(language, 'mapping.moreFields', { count: folded.length })), folded));
  }
  if ((kind.kind === 'ads' || kind.kind === 'traffic') && initial.period !== undefined && initial.columns.date === undefined) {
    // A report dated by its preamble (design §3.2.1): say which period its rows count for.
    elements.push(h('p', { class: 'help stated-period' }, t(language, 'mapping.statedPeriod', { from: initial.period.from, to: initial.period.to })));
  }
  if (kind.kind === 'targets' && initial.wideMetrics !== undefined) elements.push(h('p', { class: 'muted' }, t(language, 'mapping.wide')));

  function refresh(mapping: TabMapping, missing: readonly AnyField[]): void {
    for (const control of controls) {
      const column = mapping.columns[control.field.field];
      control.select.value = column === undefined ? '' : String(column);
      const suggestedColumn = context.suggested?.columns[control.field.field];
      control.auto.hidden = column === undefined || column !== suggestedColumn;
      control.chosen.textContent = describeChoice(language, context.columns, column);
      control.select.setAttribute('aria-invalid', String(missing.includes(control.field.field)));
    }
  }

  return { elements, refresh };
}
