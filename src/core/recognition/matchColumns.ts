/**
 * Column-to-field assignment for one tab kind: each header is looked up in the kind's alias list
 * (`aliases.ts`, read from the project file `Vocabulary`: design §10) and, for leads, the stage-date
 * patterns; when several columns match one field, the column with the more preferred alias wins,
 * then one not marked 税込 (tax included), then the leftmost.
 */
import type { AnyField, FieldOf, TabKind } from '../model/types';
import { headerKey, normalizeHeader, recordFieldKey } from '../vocabulary/headerKey';
import { namesCompanyRecord, relatedPersonField } from './relatedObjectHeaders';
import { stageDateField } from './stageDateHeaders';
import { recognitionVocabulary } from './vocabularyAsset';

/** Fields that identify a record or link it to another. */
const KEY_FIELDS: ReadonlySet<AnyField> = new Set<AnyField>(['email', 'contact_email', 'lead_id', 'contact_id', 'deal_id', 'campaign_id']);

/** One column matched to one field; lower `rank` = more preferred alias. */
export interface ColumnMatch {
  readonly column: number;
  readonly field: AnyField;
  readonly rank: number;
}

/** Stage-date patterns rank after every explicit alias; a `Lead` stage date ranks after those. */
const PATTERN_RANK = 1_000;
const LEAD_STAGE_DATE_RANK = 2_000;

/**
 * The field a single header stands for in a kind, with its preference rank, or `null`.
 *
 * @example
 * fieldForHeader('ads', '表示回数')
 * //=> { field: 'impressions', rank: 0 }
 * @example
 * fieldForHeader('traffic', '表示回数')
 * //=> null
 * @example
 * fieldForHeader('deals', 'Deal - Deal created')?.field
 * //=> 'created_date'
 * @example
 * fieldForHeader('deals', '取引先責任者: メール')
 * //=> { field: 'contact_email', rank: 500 }
 */
export function fieldForHeader(kind: TabKind, header: unknown): { field: AnyField; rank: number } | null {
  const key = headerKey(header);
  if (key === '') return null;
  // The aliases by header key, read from the project file on the first header of the execution (design §10).
  const aliases = recognitionVocabulary().aliases[kind];
  const alias = aliases.get(key);
  if (alias) return alias;
  // `取引先責任者: メール`, `Person - ID`: a related person's key (before the record-type prefix below).
  const related = relatedPersonField(kind, header);
  if (related) return related;
  // `Deal - Deal created`, `Person - Email` (Pipedrive): the field after the record type.
  const recordKey = recordFieldKey(header);
  const recordAlias = recordKey === null ? undefined : aliases.get(recordKey);
  // A company's or product's e-mail or id (`Organization - ID`, `Account: Email`) is no key of this tab's records.
  if (recordAlias && !(KEY_FIELDS.has(recordAlias.field) && namesCompanyRecord(header))) return recordAlias;
  if (kind !== 'leads') return null;
  const stageField = stageDateField(normalizeHeader(header));
  if (stageField === null) return null;
  return { field: stageField, rank: stageField === 'created_date' ? LEAD_STAGE_DATE_RANK : PATTERN_RANK };
}

/**
 * Assigns fields of a kind to the columns of a header row. Each field gets at most one column and
 * each column at most one field.
 *
 * @example
 * matchColumns('ads', ['日', 'キャンペーン', '費用']).columns
 * //=> { date: 0, campaign: 1, cost: 2 }
 */
export function matchColumns<K extends TabKind>(
  kind: K,
  headers: readonly unknown[],
): { readonly columns: Partial<Record<FieldOf<K>, number>>; readonly matches: readonly ColumnMatch[] } {
  const candidates: ColumnMatch[] = [];
  headers.forEach((header, column) => {
    const match = fieldForHeader(kind, header);
    // An amount with consumption tax (`金額（税込）`) gives way to the same amount without it: revenue and ad costs are net of tax.
    if (match) candidates.push({ column, field: match.field, rank: match.rank + (/税込/.test(String(header)) ? 0.5 : 0) });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const columns: Partial<Record<AnyField, number>> = {};
  const usedColumns = new Set<number>();
  const matches: ColumnMatch[] = [];
  for (const candidate of candidates) {
    if (columns[candidate.field] !== undefined || usedColumns.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    usedColumns.add(candidate.column);
    matches.push(candidate);
  }
  matches.sort((a, b) => a.column - b.column);
  return { columns: columns, matches };
}
