/**
 * Durations such as GA4's average engagement time, in seconds.
 */
import { MILLISECONDS_PER_DAY } from '../dates/calendar';
import { dateObjectMilliseconds, isDateObject, SERIAL_EPOCH_DAY } from '../dates/instants';
import type { ZoneOffsetResolver } from '../model/zone';
import { parseNumber } from '../numbers/parseNumber';

export type DurationResult =
  | { readonly kind: 'seconds'; readonly value: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid' };

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;
const UNITS = /^(?:(\d+(?:\.\d+)?)\s*(?:時間|h|hr|hrs|hours?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分|m|min|mins|minutes?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec|secs|seconds?))?$/;

/** Durations longer than this are not engagement times but mistyped dates. */
const MAX_DURATION_DAYS = 31;

function fromDateObject(value: Date, zoneOffset: ZoneOffsetResolver): DurationResult {
  // Sheets hands a duration cell over as a Date on 1899-12-30 (the serial epoch) in the sheet's zone.
  const milliseconds = dateObjectMilliseconds(value);
  if (!Number.isFinite(milliseconds)) return { kind: 'invalid' };
  const local = milliseconds + zoneOffset(milliseconds) * 60_000 - SERIAL_EPOCH_DAY * MILLISECONDS_PER_DAY;
  if (local < 0 || local > MAX_DURATION_DAYS * MILLISECONDS_PER_DAY) return { kind: 'invalid' };
  return { kind: 'seconds', value: Math.round(local / 10) / 100 };
}

function fromText(text: string): DurationResult {
  const normalized = text.normalize('NFKC').trim().toLowerCase();
  const clock = CLOCK.exec(normalized);
  if (clock) {
    const hours = Number(clock[1] ?? '0');
    const minutes = Number(clock[2]);
    const seconds = Number(clock[3]);
    if (minutes > 59 && clock[1] !== undefined) return { kind: 'invalid' };
    if (seconds >= 60) return { kind: 'invalid' };
    return { kind: 'seconds', value: hours * 3600 + minutes * 60 + seconds };
  }
  const units = UNITS.exec(normalized);
  if (units && (units[1] !== undefined || units[2] !== undefined || units[3] !== undefined)) {
    const value = Number(units[1] ?? '0') * 3600 + Number(units[2] ?? '0') * 60 + Number(units[3] ?? '0');
    return { kind: 'seconds', value };
  }
  const plain = parseNumber(text);
  if (plain.kind === 'number') return plain.value < 0 ? { kind: 'invalid' } : { kind: 'seconds', value: plain.value };
  return plain.kind === 'blank' ? { kind: 'blank' } : { kind: 'invalid' };
}

/**
 * Reads a duration in seconds: a plain number is seconds; text may be `h:mm:ss`, `m:ss`, `83秒`,
 * `1分23秒`, `1m 23s`; a Date value (how a sheet hands over a duration-formatted cell) is the time
 * since 1899-12-30 00:00 in the sheet's zone.
 *
 * @example
 * parseDurationSeconds('1分23秒', () => 540)
 * //=> { kind: 'seconds', value: 83 }
 * @example
 * parseDurationSeconds('0:01:23', () => 540)
 * //=> { kind: 'seconds', value: 83 }
 */
export function parseDurationSeconds(value: unknown, zoneOffset: ZoneOffsetResolver): DurationResult {
  if (isDateObject(value)) return fromDateObject(value, zoneOffset);
  if (typeof value === 'string') return fromText(value);
  const number = parseNumber(value);
  if (number.kind === 'number') return number.value < 0 ? { kind: 'invalid' } : { kind: 'seconds', value: number.value };
  return number.kind === 'blank' ? { kind: 'blank' } : { kind: 'invalid' };
}
