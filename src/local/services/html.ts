/**
 * HtmlService: serves the built `dist/<name>.html` (the add-on uses createHtmlOutputFromFile, never
 * templates, so template methods are left unimplemented on purpose).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SandboxMode, XFrameOptionsMode, type EnumMember } from '../sheets/enums';
import type { HtmlRecord, ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';

/**
 * The content of the project file `<name>.html` in a built `dist/` folder, as
 * `HtmlService.createHtmlOutputFromFile(name).getContent()` returns it in Apps Script.
 */
export function readProjectHtml(distDir: string, filename: string): string {
  const file = path.join(distDir, filename.endsWith('.html') ? filename : `${filename}.html`);
  if (path.relative(distDir, file).startsWith('..') || !existsSync(file)) throw new Error(`No HTML file named ${filename} was found.`);
  return readFileSync(file, 'utf8');
}

export class HtmlOutput implements ServiceObject {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;

  constructor(
    readonly env: ServiceEnv,
    private content: string,
  ) {}

  /** What the UI recorder keeps of this output. */
  record_(): HtmlRecord {
    return { title: this.title, content: this.content, width: this.width, height: this.height };
  }

  setTitle(title: unknown): HtmlOutput {
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: unknown): HtmlOutput {
    if (typeof width !== 'number') throw new Error('HtmlOutput.setWidth: expected a number of pixels');
    this.width = width;
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setHeight(height: unknown): HtmlOutput {
    if (typeof height !== 'number') throw new Error('HtmlOutput.setHeight: expected a number of pixels');
    this.height = height;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: unknown): HtmlOutput {
    this.content = String(content);
    return this;
  }

  /** Has no effect on the platform either (IFRAME is the only mode). */
  setSandboxMode(mode: unknown): HtmlOutput {
    void mode;
    return this;
  }

  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    void mode;
    return this;
  }
}
exposeAs('HtmlOutput', HtmlOutput);

export class HtmlServiceLocal implements ServiceObject {
  readonly SandboxMode: Readonly<Record<string, EnumMember>> = SandboxMode;
  readonly XFrameOptionsMode: Readonly<Record<string, EnumMember>> = XFrameOptionsMode;

  constructor(readonly env: ServiceEnv) {}

  createHtmlOutputFromFile(filename: unknown): HtmlOutput {
    if (typeof filename !== 'string' || filename === '') throw new Error('HtmlService.createHtmlOutputFromFile: expected a file name');
    const distDir = this.env.options.distDir;
    if (!distDir) throw new Error('HtmlService.createHtmlOutputFromFile: the local runtime was started without a dist folder');
    return new HtmlOutput(this.env, readProjectHtml(distDir, filename));
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    return new HtmlOutput(this.env, html === undefined ? '' : String(html));
  }
}
exposeAs('HtmlService', HtmlServiceLocal);
