/**
 * Size bands for numeric lead attributes (design §4.7): employees in the bands 1–9, 10–49, 50–99,
 * 100–299, 300–999, 1,000+; other sizes (売上規模, 年商) by powers of ten, whatever the unit.
 * A value that is not a number (`11-50名`, `中堅企業`) is kept as written.
 */
import type { Language } from '../model/types';
import { parseNumber } from '../numbers/parseNumber';
import { formatNumber } from '../money/currency';

/** A band a number falls in: its label and its place in the band order. */
export interface Band {
  readonly label: string;
  readonly rank: number;
}

const EMPLOYEE_BOUNDS: readonly number[] = [10, 50, 100, 300, 1000];

/** Words around a headcount or an amount that do not change the number: 約120名, 1,000人以上, approx. 50. */
const AROUND_NUMBER = /^(?:約|およそ|about|approx\.?|~|〜|～)\s*|\s*(?:名|人|社員|people|employees|程度|以上|超|\+)+\s*$/giu;

/**
 * The number a size cell holds, or `null` for text that is not one number.
 *
 * @example
 * sizeNumber('約1,200名')
 * //=> 1200
 * sizeNumber('11-50名')
 * //=> null
 */
export function sizeNumber(text: string): number | null {
  const result = parseNumber(text.trim().replace(AROUND_NUMBER, ''));
  return result.kind === 'number' && result.value >= 0 ? result.value : null;
}

/**
 * The employee band of a headcount.
 *
 * @example
 * employeeBand(120, 'ja')
 * //=> { label: '100〜299名', rank: 3 }
 * employeeBand(1000, 'en')
 * //=> { label: '1,000+', rank: 5 }
 */
export function employeeBand(count: number, language: Language): Band {
  const rank = EMPLOYEE_BOUNDS.filter((bound) => count >= bound).length;
  const lower = rank === 0 ? 1 : (EMPLOYEE_BOUNDS[rank - 1] as number);
  const next = EMPLOYEE_BOUNDS[rank];
  const low = formatNumber(lower, 0);
  if (next === undefined) return { label: language === 'ja' ? `${low}名以上` : `${low}+`, rank };
  const high = formatNumber(next - 1, 0);
  return { label: language === 'ja' ? `${low}〜${high}名` : `${low}–${high}`, rank };
}

const JA_UNITS: readonly (readonly [number, string])[] = [[1e12, '兆'], [1e8, '億'], [1e4, '万']];
const EN_UNITS: readonly (readonly [number, string])[] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/**
 * A power of ten written short: 1万, 10億 in Japanese; 10K, 1B in English.
 *
 * @example
 * compactPowerOfTen(1e9, 'ja')
 * //=> '10億'
 * compactPowerOfTen(1e5, 'en')
 * //=> '100K'
 */
export function compactPowerOfTen(value: number, language: Language): string {
  for (const [unit, name] of language === 'ja' ? JA_UNITS : EN_UNITS) {
    if (value >= unit) return `${formatNumber(value / unit, 0)}${name}`;
  }
  return formatNumber(value, 0);
}

/**
 * The power-of-ten band of an amount or size: [10^k, 10^(k+1)). Below 1 is one band.
 *
 * @example
 * decadeBand(350_000_000, 'ja')
 * //=> { label: '1億〜10億未満', rank: 8 }
 * decadeBand(42, 'en')
 * //=> { label: '10 to under 100', rank: 1 }
 */
export function decadeBand(value: number, language: Language): Band {
  if (value < 1) return { label: language === 'ja' ? '1未満' : 'under 1', rank: -1 };
  const rank = Math.floor(Math.log10(value) + 1e-9);
  const low = compactPowerOfTen(10 ** rank, language);
  const high = compactPowerOfTen(10 ** (rank + 1), language);
  return { label: language === 'ja' ? `${low}〜${high}未満` : `${low} to under ${high}`, rank };
}
