import { FIELD_ALIASES, TAB_NAME_HINTS } from '../../../src/core/recognition/aliases';
import { headerKey } from '../../../src/core/vocabulary/headerKey';
import { FIELDS_BY_KIND, REQUIRED_FIELDS, TAB_KINDS } from '../../../src/core/model/types';

describe('FIELD_ALIASES', () => {
  it('lists only fields that belong to the kind', () => {
    for (const kind of TAB_KINDS) {
      const fields = FIELDS_BY_KIND[kind] as readonly string[];
      for (const field of Object.keys(FIELD_ALIASES[kind])) expect(fields).toContain(field);
    }
  });

  it('has aliases for every required field', () => {
    for (const kind of TAB_KINDS) {
      const table = FIELD_ALIASES[kind] as Record<string, readonly string[] | undefined>;
      for (const field of REQUIRED_FIELDS[kind]) expect(table[field]?.length).toBeGreaterThan(0);
    }
  });

  it('never gives one header to two fields of the same kind', () => {
    for (const kind of TAB_KINDS) {
      const owner = new Map<string, string>();
      const table = FIELD_ALIASES[kind] as Record<string, readonly string[]>;
      for (const [field, aliases] of Object.entries(table)) {
        for (const alias of aliases) {
          const key = headerKey(alias);
          const previous = owner.get(key);
          if (previous !== undefined && previous !== field) throw new Error(`${kind}: "${alias}" is both ${previous} and ${field}`);
          owner.set(key, field);
        }
      }
      expect(owner.size).toBeGreaterThan(0);
    }
  });

  describe('edge cases', () => {
    it('keeps GA4 表示回数 (views) out of the traffic kind but in ads as impressions', () => {
      const traffic = Object.values(FIELD_ALIASES.traffic).flat().map(headerKey);
      expect(traffic).not.toContain(headerKey('表示回数'));
      expect(FIELD_ALIASES.ads.impressions?.map(headerKey)).toContain(headerKey('表示回数'));
    });
  });
});

describe('TAB_NAME_HINTS', () => {
  it('gives hint words for every kind, already normalised', () => {
    for (const kind of TAB_KINDS) {
      expect(TAB_NAME_HINTS[kind].length).toBeGreaterThan(0);
      for (const hint of TAB_NAME_HINTS[kind]) expect(hint).toBe(hint.normalize('NFKC').toLowerCase());
    }
  });

  describe('edge cases', () => {
    it('has no empty hint (which would match every tab)', () => {
      for (const kind of TAB_KINDS) expect(TAB_NAME_HINTS[kind]).not.toContain('');
    });
  });
});
