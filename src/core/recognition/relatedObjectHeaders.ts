/**
 * Columns of a related person record (design §3.2.1): CRM reports write a field of a related object
 * as `<object><separator><field>` — Salesforce `取引先責任者: メール` / `Contact: Email` /
 * `Primary Contact: Email`, API paths `Contact.Email` / `Contact__r.Email`, Pipedrive
 * `Person - Email`, HubSpot `Associated Contact Email` / `関連付けされたコンタクトのEメール`. When
 * the object is a person the leads tab lists (a contact or a lead) and the field is its e-mail or
 * id, the column is that person's key: in a deals tab the deal's contact e-mail or id, in a leads
 * tab the lead's own e-mail or id.
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
 * the lead app's record number). Group 1 is a contact, group 2 a lead, group 3 an id field.
 * `取引責任者` is a shortened spelling of 取引先責任者.
 */
const PERSON_KEY =
  /^(?:primary|associated|主|関連付け[さら]れた)?(?:(contacts?|person|コンタクト|取引先?責任者)|(leads?|convertedlead|prospect|リード|プロスペクト|見込み?客))の?(?:\1|\2)?(?:e?mail(?:address)?|e?メール(?:アドレス)?|電子メール|(ids?|recordid|レコードid|レコード番号|番号))$/;

/**
 * The field a related-person column stands for in a kind, with its preference rank (after every
 * explicit alias of the kind, before pattern-matched stage dates), or `null` (not a person's e-mail
 * or id, or a kind without person keys). `Contact__r.Email` (an API path) loses its `__r`.
 *
 * @example
 * [relatedPersonField('deals', '取引先責任者: メール'), relatedPersonField('deals', '取引先: メール'), relatedPersonField('deals', 'Contact: Contact ID')]
 * //=> [{ field: 'contact_email', rank: 500 }, null, { field: 'contact_id', rank: 500 }]
 */
export function relatedPersonField(kind: TabKind, header: unknown): { field: AnyField; rank: number } | null {
  const match = kind === 'deals' || kind === 'leads' ? PERSON_KEY.exec(headerKey(normalizeHeader(header).replace(/__r\b/g, ''))) : null;
  if (match === null) return null;
  const id = match[3] !== undefined;
  const field: AnyField = kind === 'leads' ? (id ? 'lead_id' : 'email') : !id ? 'contact_email' : match[2] === undefined ? 'contact_id' : 'lead_id';
  return { field, rank: 500 };
}
