/**
 * Columns of a related person record (design §3.2.1): CRM reports write a field of a related object
 * as `<object><separator><field>` — Salesforce `取引先責任者: メール` / `Contact: Email` /
 * `Primary Contact: Email`, API paths `Contact.Email` / `Contact__r.Email`, Pipedrive
 * `Person - Email`, HubSpot `Associated Contact Email` / `関連付けされたコンタクトのEメール`, and
 * `Email (Contact)`. When the object is a person the leads tab lists (a contact or a lead) and the
 * field is its e-mail or id, the column is that person's key: in a deals tab the deal's contact
 * e-mail or id, in a leads tab the lead's own e-mail or id.
 *
 * Only person objects count: `取引先: …` / `Account: …` is a company, `商談 所有者: …` /
 * `Opportunity Owner: …` a user of the CRM, and neither names the lead a deal came from.
 */
import type { AnyField, TabKind } from '../model/types';
import { headerKey, normalizeHeader } from '../vocabulary/headerKey';

/**
 * `<qualifier?><person object>の?<object again?><e-mail or id field>` over a header key (NFKC,
 * lower-case, spaces and `. _ - ・ :` gone): `primarycontactemail`, `取引先責任者メール`,
 * `contactcontactid`, `関連付けされたコンタクトのeメール`, `リードレコード番号` (a kintone lookup of
 * the lead app's record number). `取引責任者` is a shortened spelling of 取引先責任者.
 */
const PERSON_KEY =
  /^(?:primary|associated|main|related|主|関連付け[さら]れた|関連する)?(contacts?|contactperson|person|コンタクト|取引先?責任者|leads?|convertedlead|prospect|リード|プロスペクト|見込み?客)の?\1?(e?mail(?:address)?|e?メール(?:アドレス)?|電子メール|ids?|recordid|レコードid|レコード番号|番号)$/;
const LEAD_OBJECT = /^(?:leads?|convertedlead|prospect|リード|プロスペクト|見込み?客)$/;
const ID_FIELD = /^(?:ids?|recordid|レコードid|レコード番号|番号)$/;

/** Preference of these columns: after every explicit alias of the kind, before pattern-matched stage dates. */
const RELATED_RANK = 500;

/** The header's keys as `<object><field>`: `Email (Contact)` is turned round, `Contact__r.Email` loses `__r`. */
function candidateKeys(header: unknown): string[] {
  const text = normalizeHeader(header).replace(/__r\b/g, '');
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  return bracketed?.[1] && bracketed[2] ? [headerKey(text), headerKey(`${bracketed[2]} ${bracketed[1]}`)] : [headerKey(text)];
}

/**
 * The field a related-person column stands for in a kind, with its preference rank, or `null`
 * (not a person's e-mail or id, or a kind without person keys).
 *
 * @example
 * [relatedPersonField('deals', '取引先責任者: メール'), relatedPersonField('deals', '取引先: メール'), relatedPersonField('deals', 'Contact: Contact ID')]
 * //=> [{ field: 'contact_email', rank: 500 }, null, { field: 'contact_id', rank: 500 }]
 */
export function relatedPersonField(kind: TabKind, header: unknown): { field: AnyField; rank: number } | null {
  if (kind !== 'deals' && kind !== 'leads') return null;
  for (const key of candidateKeys(header)) {
    const match = PERSON_KEY.exec(key);
    if (!match?.[1] || !match[2]) continue;
    const id = ID_FIELD.test(match[2]);
    const lead = LEAD_OBJECT.test(match[1]);
    const field: AnyField = kind === 'leads' ? (id ? 'lead_id' : 'email') : !id ? 'contact_email' : lead ? 'lead_id' : 'contact_id';
    return { field, rank: RELATED_RANK };
  }
  return null;
}

/** A company or product record named before the field: `Organization - ID`, `Account: Email`, `取引先: メール`. */
const COMPANY_RECORD = /^(?:organi[sz]ation|account|company|product|取引先|会社|企業|製品|商品)\s*[-–—:]/;

/**
 * True when a header names a field of a company or product record (`Organization - ID`,
 * `Account: Email`, `取引先: 取引先 ID`): such an e-mail or id identifies no lead, deal or contact.
 *
 * @example
 * [namesCompanyRecord('Organization - ID'), namesCompanyRecord('取引先: メール'), namesCompanyRecord('Deal - ID')]
 * //=> [true, true, false]
 */
export function namesCompanyRecord(header: unknown): boolean {
  return COMPANY_RECORD.test(normalizeHeader(header));
}
