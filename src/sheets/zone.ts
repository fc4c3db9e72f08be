/**
 * The spreadsheet's time zone as a core ZoneOffsetResolver. Apps Script's V8 does not promise Intl
 * time-zone support, so offsets come from Utilities.formatDate, memoised per hour: a column of dates
 * holds few distinct hours, so a 100,000-row tab costs a few hundred formatDate calls at most.
 */
import type { ZoneOffsetResolver } from '../core/model/zone';

const HOUR = 3_600_000;

/** Parses `+0900` / `-0700` into minutes east of UTC. */
export function parseUtcOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`Unexpected time-zone offset "${text}" from Utilities.formatDate`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function spreadsheetZoneResolver(timeZone: string): ZoneOffsetResolver {
  const byHour = new Map<number, number>();
  return (epochMilliseconds) => {
    const hour = Math.floor(epochMilliseconds / HOUR);
    let offset = byHour.get(hour);
    if (offset === undefined) {
      offset = parseUtcOffset(Utilities.formatDate(new Date(hour * HOUR), timeZone, 'Z'));
      byHour.set(hour, offset);
    }
    return offset;
  };
}
