import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { findSignature, FUNCTION_SIGNATURES } from '../../../src/core/functions/signatures';

/** What the engine relies on, taken from a signature or from a documented catalog entry alike. */
function runtimeView(entry: (typeof CUSTOM_FUNCTIONS)[number] | (typeof FUNCTION_SIGNATURES)[number]): unknown {
  return {
    name: entry.name,
    result: entry.result,
    parameters: entry.parameters.map((parameter) => ({ name: parameter.name, label: parameter.label, optional: parameter.optional })),
  };
}

describe('FUNCTION_SIGNATURES', () => {
  it('names the same functions as the documented catalog, in the same order', () => {
    expect(FUNCTION_SIGNATURES.map((signature) => signature.name)).toEqual(CUSTOM_FUNCTIONS.map((spec) => spec.name));
  });

  it.each(FUNCTION_SIGNATURES.map((signature, index) => [signature.name, signature, index] as const))(
    'agrees with the catalog on the result kind and the parameter names, labels and optional flags of %s',
    (_name, signature, index) => {
      expect(runtimeView(signature)).toEqual(runtimeView(CUSTOM_FUNCTIONS[index]!));
    }
  );

  it('is what the catalog is built from, so each label is written once', () => {
    FUNCTION_SIGNATURES.forEach((signature, index) => {
      signature.parameters.forEach((parameter, position) => {
        expect(CUSTOM_FUNCTIONS[index]?.parameters[position]?.label).toBe(parameter.label);
      });
    });
  });

  it('gives every function a different name', () => {
    const names = FUNCTION_SIGNATURES.map((signature) => signature.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every parameter a label in both languages', () => {
    for (const signature of FUNCTION_SIGNATURES) {
      for (const parameter of signature.parameters) {
        expect(parameter.label.ja.trim()).not.toBe('');
        expect(parameter.label.en.trim()).not.toBe('');
      }
    }
  });

  it('carries no documentation text', () => {
    for (const signature of FUNCTION_SIGNATURES) {
      expect(Object.keys(signature).sort()).toEqual(['name', 'parameters', 'result']);
      for (const parameter of signature.parameters) expect(Object.keys(parameter).sort()).toEqual(['label', 'name', 'optional']);
    }
  });
});

describe('findSignature', () => {
  it('finds a function by its name', () => {
    expect(findSignature('CPC')).toEqual({
      name: 'CPC',
      result: 'money',
      parameters: [
        { name: 'cost', label: { ja: '費用', en: 'cost' }, optional: false },
        { name: 'clicks', label: { ja: 'クリック数', en: 'clicks' }, optional: false },
      ],
    });
  });

  it('keeps the optional parameter of CAC last and marked', () => {
    expect(findSignature('CAC')?.parameters.map((parameter) => [parameter.name, parameter.optional])).toEqual([
      ['cost', false],
      ['new_customers', false],
      ['other_cost', true],
    ]);
  });

  it('finds every function of the catalog', () => {
    for (const spec of CUSTOM_FUNCTIONS) expect(findSignature(spec.name)?.name).toBe(spec.name);
  });

  describe('edge cases', () => {
    it('returns undefined for a name that is not a custom function', () => {
      expect(findSignature('SUM')).toBeUndefined();
    });

    it('matches names exactly, so a lower-case name is not found', () => {
      expect(findSignature('cpc')).toBeUndefined();
    });

    it('returns undefined for an empty name and for names of Object.prototype', () => {
      expect(findSignature('')).toBeUndefined();
      expect(findSignature('constructor')).toBeUndefined();
      expect(findSignature('toString')).toBeUndefined();
    });
  });
});
