/**
 * Time-zone arithmetic for the local runtime, backed by `Intl` (Node ships full ICU). Apps Script
 * resolves zones on Google's side; locally every zone-dependent answer (date cells, formatDate,
 * the core's {@link ZoneOffsetResolver}) comes from here so they all agree.
 */
import type { ZoneOffsetResolver } from '../../core/model/zone';

const MINUTE = 60_000;
/** Offsets only change at transitions, which fall on quarter hours in every current zone. */
const BUCKET = 15 * MINUTE;

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  readonly offsets: Map<number, number>;
}

const caches = new Map<string, ZoneCache>();

function cacheFor(timeZone: string): ZoneCache {
  let cache = caches.get(timeZone);
  if (!cache) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}" (use an IANA name such as Asia/Tokyo)`);
    }
    cache = { format, offsets: new Map() };
    caches.set(timeZone, cache);
  }
  return cache;
}

/**
 * True when `timeZone` is an IANA zone name Intl knows.
 *
 * @example
 * isKnownTimeZone('Asia/Tokyo')
 * //=> true
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    cacheFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffsetMillis(cache: ZoneCache, epochMillis: number): number {
  const fields: Record<string, string> = {};
  for (const part of cache.format.formatToParts(new Date(epochMillis))) fields[part.type] = part.value;
  const rawYear = Number(fields.year);
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - rawYear : rawYear;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  wall.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second), 0);
  const wholeSeconds = epochMillis - (((epochMillis % 1000) + 1000) % 1000);
  return wall.getTime() - wholeSeconds;
}

/**
 * Offset of `timeZone` from UTC at an instant, in milliseconds east of UTC.
 *
 * @example
 * zoneOffsetMillis('Asia/Tokyo', Date.UTC(2025, 0, 1))
 * //=> 32400000
 */
export function zoneOffsetMillis(timeZone: string, epochMillis: number): number {
  const cache = cacheFor(timeZone);
  const bucket = Math.floor(epochMillis / BUCKET);
  let offset = cache.offsets.get(bucket);
  if (offset === undefined) {
    offset = computeOffsetMillis(cache, bucket * BUCKET);
    cache.offsets.set(bucket, offset);
  }
  return offset;
}

/**
 * The wall-clock reading in `timeZone` at an instant, encoded as milliseconds whose UTC fields are
 * that reading (so `new Date(result).getUTCHours()` is the local hour).
 *
 * @example
 * new Date(instantToWallClock('America/Los_Angeles', Date.UTC(2025, 6, 1, 12))).toISOString()
 * //=> '2025-07-01T05:00:00.000Z'
 */
export function instantToWallClock(timeZone: string, epochMillis: number): number {
  return epochMillis + zoneOffsetMillis(timeZone, epochMillis);
}

/**
 * The instant at which `timeZone` reads the given wall clock (encoded as in
 * {@link instantToWallClock}). In a DST gap the later offset wins, as Google Sheets does.
 *
 * @example
 * new Date(wallClockToInstant('Asia/Tokyo', Date.UTC(2025, 3, 1))).toISOString()
 * //=> '2025-03-31T15:00:00.000Z'
 */
export function wallClockToInstant(timeZone: string, wallMillis: number): number {
  const firstGuess = wallMillis - zoneOffsetMillis(timeZone, wallMillis);
  const offset = zoneOffsetMillis(timeZone, firstGuess);
  const instant = wallMillis - offset;
  const check = zoneOffsetMillis(timeZone, instant);
  return check === offset ? instant : wallMillis - check;
}

/**
 * A {@link ZoneOffsetResolver} for the core, answering in minutes east of UTC.
 *
 * @example
 * createZoneOffsetResolver('Asia/Tokyo')(Date.UTC(2025, 3, 1))
 * //=> 540
 */
export function createZoneOffsetResolver(timeZone: string): ZoneOffsetResolver {
  cacheFor(timeZone);
  return (epochMillis) => zoneOffsetMillis(timeZone, epochMillis) / MINUTE;
}
