/**
 * What an .xlsx input tab holds beyond the values, formulas and formats the Sheets model uses:
 * kept so that the copy of the tab in `--out` is the tab the user gave (design §9). The add-on
 * never sees these; only the .xlsx reader fills them and only the .xlsx writer reads them.
 */
import type ExcelJS from 'exceljs';

export interface HyperlinkRecord {
  /** 0-based cell. */
  readonly row: number;
  readonly column: number;
  /** An external address (URL, mailto:, file), or `null` for a link inside the workbook. */
  readonly target: string | null;
  /** A place in the workbook (`Sheet1!A1`), or `null`. */
  readonly location: string | null;
  readonly tooltip: string | null;
}

/** A cell style as the .xlsx file declares it, in the shape the writer takes. */
export type FileCellStyle = Partial<ExcelJS.Style>;

export class FileExtras {
  /** Merged ranges in A1 notation (`A1:C1`). */
  readonly merges: string[] = [];
  readonly hyperlinks: HyperlinkRecord[] = [];
  /** 0-based rows and columns hidden in the file. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** 0-based row → height in points, for rows with a custom height. */
  readonly rowHeights = new Map<number, number>();
  /** Cells (by cell key) holding an error value such as `#N/A`; their value is the error text. */
  readonly errorCells = new Set<number>();
  /** Array-formula anchors (by cell key) → the range the array fills (`A1:A3`). */
  readonly arrayFormulas = new Map<number, string>();
  /** Cells (by cell key) → index into the workbook's {@link FileStyles}. */
  readonly cellStyles = new Map<number, number>();
  /** Formula cells that read another workbook: copied as their last value (the link is not kept). */
  externalLinkCells = 0;
}

/** The cell styles of the input file, by the index the cells refer to. */
export type FileStyles = readonly FileCellStyle[];
