/**
 * Reading the parts of an .xlsx package (a zip of XML files) as streams of XML events, so a
 * sheet of a million cells never becomes one string or one tree in memory. jszip inflates a part
 * as a stream; saxes parses it (both are exceljs's own dependencies).
 */
import { StringDecoder } from 'node:string_decoder';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlHandlers {
  readonly open?: (tag: SaxesTagPlain) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/** Inflated size beyond which a part is refused (a zip bomb, not a spreadsheet). */
export const MAX_PART_BYTES = 2 * 1024 * 1024 * 1024;

export class PartTooLargeError extends Error {
  constructor(readonly part: string) {
    super(`${part} inflates to more than ${MAX_PART_BYTES} bytes`);
  }
}

/** The local name of a tag (`x:row` → `row`): some writers prefix the spreadsheet namespace. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export async function openPackage(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** Resolves a relationship target against the folder of the part that names it. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The part that holds the relationships of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Streams one part through a SAX parser. Resolves false when the part does not exist.
 * Tag names reach the handlers without a namespace prefix.
 */
export async function parsePart(zip: JSZip, part: string, handlers: XmlHandlers): Promise<boolean> {
  const file = zip.file(part);
  if (!file) return false;
  const parser = new SaxesParser();
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(tag.name.includes(':') ? { ...tag, name: localName(tag.name) } : tag));
  }
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const decoder = new StringDecoder('utf8');
  let inflated = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      try {
        if (inflated > MAX_PART_BYTES) throw new PartTooLargeError(part);
        parser.write(decoder.write(chunk));
      } catch (error) {
        (stream as unknown as { destroy?: () => void }).destroy?.();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('end', () => {
      try {
        parser.write(decoder.end());
        parser.close();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('error', reject);
  });
  return true;
}

/** Relationship id → target part (or external address) of one part. */
export async function readRelationships(zip: JSZip, part: string): Promise<Map<string, { target: string; external: boolean }>> {
  const rels = new Map<string, { target: string; external: boolean }>();
  await parsePart(zip, relationshipsPartOf(part), {
    open: (tag) => {
      if (tag.name !== 'Relationship') return;
      const id = tag.attributes.Id;
      const target = tag.attributes.Target;
      if (!id || target === undefined) return;
      const external = tag.attributes.TargetMode === 'External';
      rels.set(id, { target: external ? target : resolvePartPath(part, target), external });
    },
  });
  return rels;
}

/**
 * Decodes OOXML's `_xHHHH_` escapes (how files carry characters XML cannot, such as a CR kept as
 * a CR); `_x005F_` is an escaped underscore.
 *
 * @example
 * decodeXString('a_x000D_b')
 * //=> 'a\rb'
 */
export function decodeXString(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
