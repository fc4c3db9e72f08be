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

type PersonObject = 'contact' | 'lead';

/** Objects that are the person a leads tab lists, by what they are called in exports. */
const PERSON_OBJECTS: { readonly [O in PersonObject]: readonly string[] } = {
  contact: [
    'contact', 'contacts', 'contact person', 'person', 'コンタクト', '取引先責任者',
    // a shortened spelling of 取引先責任者 seen in hand-relabelled reports
    '取引責任者',
  ],
  lead: ['lead', 'leads', 'converted lead', 'prospect', 'リード', 'プロスペクト', '見込み客', '見込客'],
};

/** Words before the object that do not change it: `Primary Contact`, `関連付けされたコンタクト`. */
const QUALIFIERS = ['primary', 'associated', 'main', 'related', '主', '関連付けされた', '関連付けられた', '関連する', '紐づく', '紐付く'];

const EMAIL_FIELDS = ['email', 'e-mail', 'email address', 'e-mail address', 'mail', 'mail address', 'メール', 'メールアドレス', 'eメール', 'eメールアドレス', '電子メール'];
/** `リードレコード番号`, `リード番号`: a kintone lookup of the lead app's record number. */
const ID_FIELDS = ['id', 'ids', 'record id', 'レコードid', 'レコード id', 'レコード番号', '番号'];

const keys = (words: readonly string[]): string[] => [...new Set(words.map(headerKey))].sort((a, b) => b.length - a.length);
const OBJECT_KEYS: readonly { readonly object: PersonObject; readonly key: string }[] = (Object.keys(PERSON_OBJECTS) as PersonObject[])
  .flatMap((object) => keys(PERSON_OBJECTS[object]).map((key) => ({ object, key })))
  .sort((a, b) => b.key.length - a.key.length);
const QUALIFIER_KEYS = keys(QUALIFIERS);
const EMAIL_KEYS = new Set(keys(EMAIL_FIELDS));
const ID_KEYS = new Set(keys(ID_FIELDS));

/** Preference of these columns: after every explicit alias of the kind, before pattern-matched stage dates. */
const RELATED_RANK = 500;

type PersonKey = { readonly object: PersonObject; readonly key: 'email' | 'id' };

function stripQualifiers(key: string): string {
  let text = key;
  for (let again = true; again; ) {
    again = false;
    for (const qualifier of QUALIFIER_KEYS) {
      if (text.startsWith(qualifier) && text.length > qualifier.length) {
        text = text.slice(qualifier.length);
        again = true;
      }
    }
  }
  return text;
}

/** `<object><field>` as a header key (separators already gone): the person object and which key. */
function personKeyOf(key: string): PersonKey | null {
  const text = stripQualifiers(key);
  for (const { object, key: objectKey } of OBJECT_KEYS) {
    if (!text.startsWith(objectKey)) continue;
    // `コンタクトのEメール`; `Contact: Contact ID` names the object again before the field.
    let rest = text.slice(objectKey.length).replace(/^の/, '');
    if (rest.startsWith(objectKey)) rest = rest.slice(objectKey.length);
    if (EMAIL_KEYS.has(rest)) return { object, key: 'email' };
    if (ID_KEYS.has(rest)) return { object, key: 'id' };
  }
  return null;
}

/** The header's key as `<object><field>`: `Email (Contact)` is turned round, `Contact__r.Email` loses `__r`. */
function candidateKeys(header: unknown): string[] {
  const text = normalizeHeader(header).replace(/__r\b/g, '');
  const candidates = [headerKey(text)];
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracketed?.[1] && bracketed[2]) candidates.push(headerKey(`${bracketed[2]} ${bracketed[1]}`));
  return candidates;
}

function fieldFor(kind: TabKind, person: PersonKey): AnyField | null {
  if (kind === 'deals') {
    if (person.key === 'email') return 'contact_email';
    return person.object === 'lead' ? 'lead_id' : 'contact_id';
  }
  if (kind === 'leads') return person.key === 'email' ? 'email' : 'lead_id';
  return null;
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
    const person = key === '' ? null : personKeyOf(key);
    const field = person === null ? null : fieldFor(kind, person);
    if (field !== null) return { field, rank: RELATED_RANK };
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
