/**
 * Apps Script enums. Their members are distinct frozen objects (as on the platform), so passing a
 * plain string where an enum member is expected is caught by {@link enumMemberName}.
 */

export interface EnumMember {
  toString(): string;
  name(): string;
  toJSON(): string;
}

const MEMBERS = new WeakMap<object, { readonly enumName: string; readonly name: string }>();

/**
 * Builds an enum whose members print as their names.
 *
 * @example
 * String(makeEnum('Visibility', ['DOCUMENT', 'PROJECT']).DOCUMENT)
 * //=> 'DOCUMENT'
 */
export function makeEnum<const N extends string>(enumName: string, names: readonly N[]): Readonly<Record<N, EnumMember>> {
  const result = {} as Record<N, EnumMember>;
  for (const name of names) {
    const member: EnumMember = Object.freeze({
      toString: () => name,
      name: () => name,
      toJSON: () => name,
    });
    MEMBERS.set(member, { enumName, name });
    result[name] = member;
  }
  return Object.freeze(result);
}

/**
 * The member name of `value` when it belongs to `enumName`, else throws like Apps Script does for
 * a wrong argument type.
 *
 * @example
 * enumMemberName(DeveloperMetadataVisibility.DOCUMENT, 'DeveloperMetadataVisibility', 'Sheet.addDeveloperMetadata')
 * //=> 'DOCUMENT'
 */
export function enumMemberName(value: unknown, enumName: string, method: string): string {
  const info = typeof value === 'object' && value !== null ? MEMBERS.get(value) : undefined;
  if (!info || info.enumName !== enumName) {
    throw new Error(`The parameters (${describe(value)}) don't match the method signature for ${method}: expected ${enumName}`);
  }
  return info.name;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return MEMBERS.get(value)?.enumName ?? 'Object';
  return typeof value === 'string' ? `String "${value}"` : typeof value;
}

export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]);
export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);
export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT', 'DATASOURCE']);
export const ChartType = makeEnum('ChartType', [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);
export const ChartPosition = makeEnum('Position', ['BOTTOM', 'NONE', 'RIGHT', 'TOP', 'LEFT', 'IN']);
export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE', 'NONE']);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** The conditions the runtime models; the other BooleanCriteria members throw when built. */
export const BooleanCriteria = makeEnum('BooleanCriteria', ['NUMBER_LESS_THAN', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_BETWEEN']);
