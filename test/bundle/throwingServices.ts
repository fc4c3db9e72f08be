/**
 * Google services that throw the moment anything touches them: loading the bundle, or running onOpen
 * in AuthMode.NONE, must not reach any of them.
 */
export const GOOGLE_SERVICE_NAMES = [
  'SpreadsheetApp', 'PropertiesService', 'LockService', 'HtmlService', 'ScriptApp', 'Session',
  'Utilities', 'CacheService', 'UrlFetchApp', 'DriveApp', 'DocumentApp', 'GmailApp', 'MailApp',
  'CalendarApp', 'FormApp', 'SlidesApp', 'Charts', 'ContentService', 'Browser', 'XmlService', 'Jdbc',
] as const;

export interface TouchLog {
  readonly touched: string[];
}

/** A proxy that records and throws on every property access or call. */
export function throwingService(name: string, log: TouchLog): unknown {
  const fail = (what: string): never => {
    log.touched.push(`${name}${what}`);
    throw new Error(`${name} was touched (${what})`);
  };
  return new Proxy(function service() {}, {
    get: (_target, property) => fail(`.${String(property)}`),
    apply: () => fail('()'),
    construct: () => fail('new'),
  });
}

export function throwingServices(log: TouchLog, except: Record<string, unknown> = {}): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const name of GOOGLE_SERVICE_NAMES) globals[name] = name in except ? except[name] : throwingService(name, log);
  return globals;
}
