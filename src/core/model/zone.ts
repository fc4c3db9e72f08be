/**
 * Time zones without a clock: the core never asks the machine for its zone. The adapter passes a
 * resolver for the spreadsheet's zone (Apps Script: `Utilities.formatDate`; locally: `Intl`).
 */

/** Offset of the spreadsheet's time zone from UTC, in minutes east of UTC, at an instant. */
export type ZoneOffsetResolver = (epochMilliseconds: number) => number;

/** UTC, for tests and for data without a zone. */
export const utcOffset: ZoneOffsetResolver = () => 0;
