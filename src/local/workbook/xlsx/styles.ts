/**
 * The cell styles of an .xlsx (`xl/styles.xml`): for each style index the cells use, the number
 * format and the parts the Sheets model keeps (bold, alignment, wrap), whether it shows a date, and
 * the whole style (fonts, fills, borders…) when it holds more than the model keeps, for the copy.
 */
import type JSZip from 'jszip';
import type { FileCellStyle } from '../fileExtras';
import type { HorizontalAlignment } from '../model';
import { parsePart } from './packageParts';

export interface CellStyleInfo {
  /** Number format code; `General` when none. */
  readonly numberFormat: string;
  readonly isDate: boolean;
  readonly bold: boolean;
  readonly horizontal: HorizontalAlignment | null;
  readonly wrap: boolean;
  /** The whole style, when it holds more than the four fields above (else `null`). */
  readonly fileStyle: FileCellStyle | null;
}

/** The number formats every .xlsx reader knows by id (ECMA-376 §18.8.30), as exceljs names them. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/** Ids 27–36 and 50–58 are the East Asian locales' date formats; their codes depend on the locale. */
function builtInFormat(id: number): string {
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'yyyy/m/d';
  return BUILT_IN_FORMATS[id] ?? 'General';
}

/**
 * True when a number format shows a date or time: a d, m, y, h or s outside quoted text, escapes
 * and bracketed parts (`[Red]`, `[$-411]`).
 *
 * @example
 * [isDateFormat('yyyy/mm/dd'), isDateFormat('#,##0"円"'), isDateFormat('[h]:mm')]
 * //=> [true, false, true]
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[[^\]]*\]/g, (part) => (/^\[(h+|m+|s+)\]$/i.test(part) ? 'h' : ''));
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

type Color = { argb?: string; theme?: number; indexed?: number; tint?: number };

function colorOf(attributes: Record<string, string>): Color | undefined {
  const color: Color = {};
  if (attributes.rgb) color.argb = attributes.rgb;
  if (attributes.theme !== undefined) color.theme = Number(attributes.theme);
  if (attributes.indexed !== undefined) color.indexed = Number(attributes.indexed);
  if (attributes.tint !== undefined) color.tint = Number(attributes.tint);
  return Object.keys(color).length > 0 ? color : undefined;
}

function on(value: string | undefined): boolean {
  return value === undefined || value === '1' || value === 'true';
}

type Font = Record<string, unknown>;
type Fill = Record<string, unknown> | undefined;
type Border = Record<string, { style?: string; color?: Color }>;

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  alignment: Record<string, unknown> | null;
  protection: Record<string, boolean> | null;
}

const ALIGNMENTS: ReadonlySet<string> = new Set(['left', 'center', 'right']);

/** Reads `xl/styles.xml` (or nothing, when the package has none) into one entry per cell style index. */
export async function readCellStyles(zip: JSZip, part: string | null): Promise<CellStyleInfo[]> {
  const formats = new Map<number, string>();
  const fonts: Font[] = [];
  const fills: Fill[] = [];
  const borders: Border[] = [];
  const xfs: Xf[] = [];
  let section = '';
  let font: Font | null = null;
  let fill: Record<string, unknown> | null = null;
  let border: Border | null = null;
  let side: string | null = null;
  let xf: Xf | null = null;
  if (part) {
    await parsePart(zip, part, {
      open: ({ name, attributes: a }) => {
        const attrs = a as Record<string, string>;
        if (name === 'numFmts' || name === 'fonts' || name === 'fills' || name === 'borders' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs') {
          section = name;
        } else if (name === 'numFmt' && section === 'numFmts') {
          formats.set(Number(attrs.numFmtId), attrs.formatCode ?? 'General');
        } else if (section === 'fonts') {
          if (name === 'font') font = {};
          else if (font) {
            if (name === 'b') font.bold = on(attrs.val);
            else if (name === 'i') font.italic = on(attrs.val);
            else if (name === 'strike') font.strike = on(attrs.val);
            else if (name === 'u') font.underline = attrs.val ?? true;
            else if (name === 'sz') font.size = Number(attrs.val);
            else if (name === 'name') font.name = attrs.val;
            else if (name === 'color') font.color = colorOf(attrs);
            else if (name === 'vertAlign') font.vertAlign = attrs.val;
          }
        } else if (section === 'fills') {
          if (name === 'fill') fill = {};
          else if (name === 'patternFill' && fill) Object.assign(fill, { type: 'pattern', pattern: attrs.patternType ?? 'none' });
          else if ((name === 'fgColor' || name === 'bgColor') && fill) fill[name] = colorOf(attrs);
        } else if (section === 'borders') {
          if (name === 'border') border = {};
          else if (border && ['left', 'right', 'top', 'bottom', 'diagonal'].includes(name)) {
            side = name;
            if (attrs.style) border[name] = { style: attrs.style };
          } else if (border && side && name === 'color' && border[side]) (border[side] as { color?: Color }).color = colorOf(attrs);
        } else if (section === 'cellXfs') {
          if (name === 'xf') {
            xf = {
              numFmtId: Number(attrs.numFmtId ?? 0),
              fontId: Number(attrs.fontId ?? 0),
              fillId: Number(attrs.fillId ?? 0),
              borderId: Number(attrs.borderId ?? 0),
              alignment: null,
              protection: null,
            };
          } else if (name === 'alignment' && xf) {
            const alignment: Record<string, unknown> = {};
            if (attrs.horizontal) alignment.horizontal = attrs.horizontal;
            if (attrs.vertical) alignment.vertical = attrs.vertical === 'center' ? 'middle' : attrs.vertical;
            if (attrs.wrapText && on(attrs.wrapText)) alignment.wrapText = true;
            if (attrs.indent) alignment.indent = Number(attrs.indent);
            if (attrs.textRotation) alignment.textRotation = Number(attrs.textRotation);
            if (attrs.shrinkToFit && on(attrs.shrinkToFit)) alignment.shrinkToFit = true;
            xf.alignment = alignment;
          } else if (name === 'protection' && xf) {
            xf.protection = { ...(attrs.locked !== undefined ? { locked: on(attrs.locked) } : {}), ...(attrs.hidden !== undefined ? { hidden: on(attrs.hidden) } : {}) };
          }
        }
      },
      close: (name) => {
        if (name === 'font' && font && section === 'fonts') {
          fonts.push(font);
          font = null;
        } else if (name === 'fill' && section === 'fills') {
          fills.push(fill ?? undefined);
          fill = null;
        } else if (name === 'border' && border && section === 'borders') {
          borders.push(border);
          border = null;
        } else if (name === 'xf' && xf && section === 'cellXfs') {
          xfs.push(xf);
          xf = null;
        } else if (['left', 'right', 'top', 'bottom', 'diagonal'].includes(name)) side = null;
        else if (name === section) section = '';
      },
    });
  }
  const defaultFont = fonts[0];
  return xfs.map((x) => {
    const numberFormat = formats.get(x.numFmtId) ?? builtInFormat(x.numFmtId);
    const f = fonts[x.fontId] ?? {};
    const horizontal = typeof x.alignment?.horizontal === 'string' && ALIGNMENTS.has(x.alignment.horizontal) ? (x.alignment.horizontal as HorizontalAlignment) : null;
    const wrap = x.alignment?.wrapText === true;
    const fontBeyondBold = Object.keys(f).some((k) => k !== 'bold' && JSON.stringify(f[k]) !== JSON.stringify(defaultFont?.[k]));
    const fillUsed = x.fillId > 1 && fills[x.fillId] !== undefined;
    const borderUsed = x.borderId > 0 && Object.keys(borders[x.borderId] ?? {}).length > 0;
    const alignmentBeyond = x.alignment !== null && Object.keys(x.alignment).some((k) => k !== 'horizontal' && k !== 'wrapText');
    const needsFileStyle = fontBeyondBold || fillUsed || borderUsed || alignmentBeyond || x.protection !== null || (horizontal === null && x.alignment?.horizontal !== undefined);
    const fileStyle: FileCellStyle | null = needsFileStyle
      ? ({
          ...(numberFormat !== 'General' ? { numFmt: numberFormat } : {}),
          font: f,
          ...(fillUsed ? { fill: fills[x.fillId] } : {}),
          ...(borderUsed ? { border: borders[x.borderId] } : {}),
          ...(x.alignment ? { alignment: x.alignment } : {}),
          ...(x.protection ? { protection: x.protection } : {}),
        } as FileCellStyle)
      : null;
    return { numberFormat, isDate: isDateFormat(numberFormat), bold: f.bold === true, horizontal, wrap, fileStyle };
  });
}
