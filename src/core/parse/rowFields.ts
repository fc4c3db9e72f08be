/**
 * Typed access to the mapped cells of a tab's rows. Every reader reports its own problems to the
 * warning log: a required field that cannot be read marks the row as skipped (and says so), an
 * optional one becomes `null` (and says so). Decisions where the spec is silent:
 *
 * - optional numbers, dates, rates and durations that cannot be read → `null` plus a warning;
 * - negative counts → invalid (`negative_value`; skipped when required, `null` when optional);
 * - negative money (cost, amount) → kept, with a `negative_value` warning (refunds, credits);
 * - rates above 1 and up to 100 are percent points (`44.62` → 0.4462); other values outside 0–1 → `null`;
 * - a required field that is blank → `missing_required`, the row is skipped.
 */
import { dayToIso } from '../dates/calendar';
import { parseDay, parseMonth } from '../dates/parseDay';
import type { DateOrder } from '../dates/dateOrder';
import type { DayResult, ParseDayOptions } from '../dates/dayResult';
import { isFiniteNumber } from '../model/builtins';
import type { AnyField, DayNumber, IsoMonth, Language, StageEvidence, TabMapping, WarningCode } from '../model/types';
import type { ZoneOffsetResolver } from '../model/zone';
import { invalidNumberText, parseNumber } from '../numbers/parseNumber';
import { fieldLabel } from '../vocabulary/fieldLabels';
import { isBlankMarker } from '../text/blankMarkers';
import { isBlank, normalizeEmail } from '../text/normalize';
import { parseDurationSeconds } from './duration';
import type { FlagState } from './dealOutcome';
import { isFlagWord, parseFlag } from './flags';
import type { Consequence, Place } from './messages';
import {
  futureDateMessage,
  missingRequiredMessage,
  negativeValueMessage,
  rateOutOfRangeMessage,
  unreadableDateMessage,
  unreadableDurationMessage,
  unreadableNumberMessage,
} from './messages';
import type { WarningLog } from './warningLog';

/** Everything the readers of one tab share. */
export interface TabContext {
  readonly tab: string;
  readonly mapping: TabMapping;
  readonly zoneOffset: ZoneOffsetResolver;
  readonly language: Language;
  readonly log: WarningLog;
  /** Per date field, how to read the numeric dates of its column that do not prove their order. */
  readonly dateOrders: Readonly<Partial<Record<AnyField, DateOrder>>>;
  /** Today in the spreadsheet's zone, when the caller knows it: later dates are typos (see {@link FUTURE_ALLOWED}). */
  readonly today?: DayNumber;
  /** Headers of leads columns the user picked as attributes (design §4.7). */
  readonly attributeColumns?: readonly string[];
  /** Money fields whose column is in a larger unit (`費用（千円）`): the factor their values are multiplied by. */
  readonly scales?: Readonly<Partial<Record<AnyField, number>>>;
}

/** Dates that may lie ahead: a deal's expected close date (完了予定日). */
const FUTURE_ALLOWED: ReadonlySet<AnyField> = new Set<AnyField>(['close_date']);

/** A stage without a date or a flag (frozen: every row without evidence shares it). */
const NO_STAGE_EVIDENCE: StageEvidence = Object.freeze({ date: null, flag: false });

/** How a number field is checked: counts cannot be negative, money may be (with a warning). */
export type NumberCategory = 'count' | 'money' | 'signed';

export interface RowFields {
  /** True when the field has a column in the mapping. */
  has(field: AnyField): boolean;
  /** The raw cell (undefined when unmapped or beyond the row's end). */
  cell(field: AnyField): unknown;
  /** Trimmed text of the cell (numbers as digits), or null when blank or unmapped. */
  text(field: AnyField): string | null;
  /** Normalised email of the cell, or null (blank markers such as `N/A` are blank). */
  emailKey(field: AnyField): string | null;
  /** Text of an identifier that links rows (lead ID, contact ID, a shared key), or null; blank markers are blank. */
  key(field: AnyField): string | null;
  requiredDay(field: AnyField): DayNumber | null;
  optionalDay(field: AnyField): DayNumber | null;
  requiredNumber(field: AnyField, category: NumberCategory): number | null;
  optionalNumber(field: AnyField, category: NumberCategory): number | null;
  optionalRate(field: AnyField): number | null;
  optionalSeconds(field: AnyField): number | null;
  /** Evidence for a lead stage from its date column and its flag column (design §4.2). */
  stageEvidence(dateField: AnyField, flagField: AnyField): StageEvidence;
  /** A flag column read as reached or not; unreadable values count as not reached (and are reported). */
  flag(field: AnyField): boolean;
  /** A flag column read as yes, no, or nothing (unmapped, blank, or unreadable — reported). */
  flagState(field: AnyField): FlagState;
  /** A `YYYY-MM` month (targets); a failure skips the row. */
  requiredMonth(field: AnyField): IsoMonth | null;
  /** Trimmed text of a column that is not a field (a lead attribute), or null when blank. */
  textAt(column: number): string | null;
  /** A number from a column that is not a field (wide targets layout); `field` names it in warnings. */
  optionalNumberAt(column: number, field: string, displayLabel: string, category: NumberCategory): number | null;
  /** Skips the row with a warning for a rule the generic readers cannot see (unknown metric, no delivered count). */
  skipWith(field: AnyField, code: WarningCode, message: string): void;
  /** Tab and row number of this row, for messages. */
  readonly place: Place;
  readonly language: Language;
  /** True once a required field failed: the row must not become a record. */
  readonly skipped: boolean;
}

/**
 * Text of a cell for identifiers and labels: strings trimmed, numbers as digits, booleans as
 * `TRUE`/`FALSE`; blank → null.
 *
 * @example
 * cellText(12345)
 * //=> '12345'
 */
export function cellText(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number') return isFiniteNumber(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return null;
}

/** Longest blank marker (`(not set)`): longer text is never one, so most keys skip the check. */
const LONGEST_BLANK_MARKER = 9;

/**
 * Text of a key cell (id, e-mail): an export's `N/A` or `null` must not merge leads or link deals
 * that share nothing but the placeholder.
 *
 * @example
 * [keyText(' L-001 '), keyText('N/A'), keyText('null')]
 * //=> ['L-001', null, null]
 */
export function keyText(value: unknown): string | null {
  const text = cellText(value);
  if (text === null || text.length > LONGEST_BLANK_MARKER) return text;
  return isBlankMarker(text.normalize('NFKC').toLowerCase()) ? null : text;
}

/**
 * True for a typed finite number that needs no warning in its category: most cells of a number
 * column. It reads as {@link parseNumber} would read it (-0 as 0), without building a result.
 */
function isPlainNumber(value: unknown, category: NumberCategory): value is number {
  return typeof value === 'number' && isFiniteNumber(value) && (value >= 0 || category === 'signed');
}

/** Field readers that move from row to row (one set of closures per tab, not per row). */
export interface RowCursor {
  /** Points the readers at a row; `rowNumber` is the 1-based row the user sees. */
  at(row: readonly unknown[], rowNumber: number): RowFields;
}

/**
 * Creates the field readers of a tab.
 *
 * @example
 * const fields = createRowFields(context).at(['2025-04-01', '¥1,200'], 5);
 * fields.requiredNumber('cost', 'money')
 * //=> 1200
 */
export function createRowFields(context: TabContext): RowCursor {
  const { mapping, zoneOffset, language, log, tab } = context;
  let row: readonly unknown[] = [];
  let rowNumber = 0;
  let place: Place = { tab, row: 0 };
  let skipped = false;
  const dayOptions: Partial<Record<AnyField, ParseDayOptions>> = {};
  for (const [field, order] of Object.entries(context.dateOrders)) dayOptions[field as AnyField] = { order };

  const label = (field: AnyField): string => fieldLabel(field, language);
  const column = (field: AnyField): number | undefined => mapping.columns[field];
  const cell = (field: AnyField): unknown => {
    const index = column(field);
    return index === undefined ? undefined : row[index];
  };
  const report = (field: AnyField, code: 'unparseable_date' | 'unparseable_number' | 'missing_required' | 'negative_value' | 'future_date', message: string): void => {
    log.row({ tab, row: rowNumber, field, code, message }, label(field));
  };
  // The readers look a field's column up once and read the cell by index: they run for every row.
  const dayIn = (field: AnyField, index: number): DayResult => parseDay(row[index], zoneOffset, dayOptions[field]);
  const failRequired = (field: AnyField): null => {
    skipped = true;
    report(field, 'missing_required', missingRequiredMessage(place, label(field), language));
    return null;
  };

  const readDay = (field: AnyField, required: boolean): DayNumber | null => {
    const index = column(field);
    if (index === undefined) return null;
    const result = dayIn(field, index);
    if (result.kind === 'day') {
      if (context.today === undefined || result.day <= context.today || FUTURE_ALLOWED.has(field)) return result.day;
      if (required) skipped = true;
      const outcome: Consequence = required ? 'row_skipped' : 'value_blank';
      report(field, 'future_date', futureDateMessage(place, label(field), dayToIso(result.day), dayToIso(context.today), outcome, language));
      return null;
    }
    if (result.kind === 'blank') return required ? failRequired(field) : null;
    const outcome: Consequence = required ? 'row_skipped' : 'value_blank';
    if (required) skipped = true;
    report(field, 'unparseable_date', unreadableDateMessage(place, label(field), row[index], result.reason, outcome, language));
    return null;
  };

  const readNumberValue = (
    value: unknown,
    field: string,
    displayLabel: string,
    category: NumberCategory,
    required: boolean,
  ): number | null => {
    const result = parseNumber(value);
    const outcome: Consequence = required ? 'row_skipped' : 'value_blank';
    const warn = (code: 'unparseable_number' | 'missing_required' | 'negative_value', message: string): void =>
      log.row({ tab, row: rowNumber, field, code, message }, displayLabel);
    if (result.kind === 'blank') {
      if (!required) return null;
      skipped = true;
      warn('missing_required', missingRequiredMessage(place, displayLabel, language));
      return null;
    }
    if (result.kind === 'invalid') {
      if (required) skipped = true;
      const text = invalidNumberText(result.reason, language);
      warn('unparseable_number', unreadableNumberMessage(place, displayLabel, value, text.problem, text.fix, outcome, language));
      return null;
    }
    if (result.value >= 0 || category === 'signed') return result.value;
    if (category === 'money') {
      warn('negative_value', negativeValueMessage(place, displayLabel, value, 'value_kept', language));
      return result.value;
    }
    if (required) skipped = true;
    warn('negative_value', negativeValueMessage(place, displayLabel, value, outcome, language));
    return null;
  };
  const readNumber = (field: AnyField, category: NumberCategory, required: boolean): number | null => {
    const index = column(field);
    if (index === undefined) return null;
    const value = row[index];
    // The common case first, before the field's label (only warnings need it) is looked up.
    const read = isPlainNumber(value, category) ? (value === 0 ? 0 : value) : readNumberValue(value, field, label(field), category, required);
    const scale = context.scales?.[field];
    // Rounded to 1/100 of the unit read (yen): 50.2 万円 is 502,000, not 502,000.00000000006.
    return read === null || scale === undefined ? read : Math.round(read * scale * 100) / 100;
  };

  const readFlag = (field: AnyField): FlagState => {
    const index = column(field);
    if (index === undefined) return null;
    const value = row[index];
    if (isBlank(value)) return null;
    const result = parseFlag(value, zoneOffset);
    if (result.kind === 'unknown') {
      log.unrecognised(tab, field, label(field), 'flag', cellText(value) ?? String(value), place.row);
      return null;
    }
    return result.kind;
  };

  const fields: RowFields = {
    get skipped() {
      return skipped;
    },
    get place() {
      return place;
    },
    has: (field) => column(field) !== undefined,
    cell,
    text: (field) => cellText(cell(field)),
    emailKey: (field) => {
      const text = keyText(cell(field));
      return text === null ? null : normalizeEmail(text);
    },
    key: (field) => keyText(cell(field)),
    requiredDay: (field) => readDay(field, true),
    optionalDay: (field) => readDay(field, false),
    requiredNumber: (field, category) => readNumber(field, category, true),
    optionalNumber: (field, category) => readNumber(field, category, false),
    optionalRate: (field) => {
      const value = readNumber(field, 'signed', false);
      if (value === null) return null;
      if (value >= 0 && value <= 1) return value;
      // `44.62` without a % sign is percent points; `140%` is already a fraction (1.4) and is wrong.
      const raw = cell(field);
      const writtenAsPercent = typeof raw === 'string' && /[%％]/.test(raw);
      if (!writtenAsPercent && value > 1 && value <= 100) return value / 100;
      report(field, 'unparseable_number', rateOutOfRangeMessage(place, label(field), cell(field), language));
      return null;
    },
    optionalSeconds: (field) => {
      if (column(field) === undefined) return null;
      const result = parseDurationSeconds(cell(field), zoneOffset);
      if (result.kind === 'seconds') return result.value;
      if (result.kind === 'invalid') {
        report(field, 'unparseable_number', unreadableDurationMessage(place, label(field), cell(field), language));
      }
      return null;
    },
    stageEvidence: (dateField, flagField) => {
      let date: DayNumber | null = null;
      let flagged = false;
      const dateIndex = column(dateField);
      if (dateIndex !== undefined) {
        const value = row[dateIndex];
        const result = dayIn(dateField, dateIndex);
        if (result.kind === 'day') {
          if (context.today !== undefined && result.day > context.today) {
            // A stage dated after today did happen, but its date is a typo: keep the stage, drop the date.
            flagged = true;
            report(dateField, 'future_date', futureDateMessage(place, label(dateField), dayToIso(result.day), dayToIso(context.today), 'stage_undated', language));
          } else {
            date = result.day;
          }
        } else if (result.kind === 'invalid') {
          // A date column holding 済 or ○ says "reached, date unknown"; anything else is a bad date.
          if (isFlagWord(value)) flagged = parseFlag(value, zoneOffset).kind === 'yes';
          else report(dateField, 'unparseable_date', unreadableDateMessage(place, label(dateField), value, result.reason, 'value_blank', language));
        }
      }
      const flagIndex = column(flagField);
      if (flagIndex !== undefined) {
        const value = row[flagIndex];
        const result = parseFlag(value, zoneOffset);
        if (result.kind === 'yes') {
          if (result.day !== null && date === null) date = result.day;
          flagged = true;
        } else if (result.kind === 'unknown') {
          log.unrecognised(tab, flagField, label(flagField), 'flag', cellText(value) ?? String(value), place.row);
        }
      }
      // Most leads never reach most stages: they share one empty evidence rather than a new object each.
      if (date === null && !flagged) return NO_STAGE_EVIDENCE;
      return { date, flag: date === null && flagged };
    },
    flag: (field) => readFlag(field) === 'yes',
    flagState: readFlag,
    requiredMonth: (field) => {
      if (column(field) === undefined) return null;
      const result = parseMonth(cell(field), zoneOffset, dayOptions[field]);
      if (result.kind === 'month') return result.month;
      if (result.kind === 'blank') return failRequired(field);
      skipped = true;
      report(field, 'unparseable_date', unreadableDateMessage(place, label(field), cell(field), result.reason, 'row_skipped', language));
      return null;
    },
    textAt: (index) => cellText(row[index]),
    optionalNumberAt: (index, field, displayLabel, category) =>
      readNumberValue(row[index], field, displayLabel, category, false),
    skipWith: (field, code, message) => {
      skipped = true;
      log.row({ tab, row: rowNumber, field, code, message }, label(field));
    },
    language,
  };

  return {
    at(nextRow, nextRowNumber) {
      row = nextRow;
      rowNumber = nextRowNumber;
      place = { tab, row: nextRowNumber };
      skipped = false;
      return fields;
    },
  };
}
