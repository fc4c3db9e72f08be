/**
 * The sidebar controller: loads the state, keeps the setup the user is editing, saves it (debounced,
 * one save at a time, in order), runs Generate and Insert sample data, and switches language.
 * The setup edited here is the source of truth; server answers to a save only refresh what the
 * server knows better (row counts, tabs added or removed).
 *
 * The page: header; the sections (tab list, settings — see views/section.ts to add one); the
 * outcome (errors of the last action, the result); Insert sample data; and the Generate bar, last
 * in the page and sticky at the bottom of the view, so the button, the progress and the save
 * notice are always where the user is (design §8).
 */
import type { AnyField, Language, TabKind } from '../core/model/types';
import type { GenerateResult, SavedSetup, SettingsInput, SidebarState } from '../shared/rpc';
import { debounce, type Debouncer } from './debounce';
import { h, replaceContent, uniqueId } from './h';
import { t, type MessageKey } from './i18n';
import { errorLines, type ServerCall } from './rpc';
import { mappingOf, setupFromState, withChannel, withColumn, withKind, withSettings } from './setupEdits';
import { createHeader } from './views/header';
import { createResultPanel } from './views/resultPanel';
import { createSamplePanel } from './views/samplePanel';
import type { Section, SectionBuilder, SectionContext } from './views/section';
import { channelSection } from './views/channelSection';
import { settingsSection } from './views/settingsForm';
import { createTabList, type TabList } from './views/tabList';

export interface SidebarOptions {
  readonly root: HTMLElement;
  readonly call: ServerCall;
  /** Shown until the server says which language the user has. */
  readonly initialLanguage: Language;
  readonly saveDelayMs?: number;
}

type Busy = 'load' | 'generate' | 'sample' | null;

/** Sections between the tab list and the result, in page order (see views/section.ts). */
const SECTIONS: readonly SectionBuilder[] = [settingsSection, channelSection];

class SidebarApp {
  private language: Language;
  private state: SidebarState | null = null;
  private setup: SavedSetup | null = null;
  private result: GenerateResult | null = null;
  /** The setup the shown result was generated with (to word it again in another language). */
  private resultSetup: SavedSetup | null = null;
  /** The language the report sheets of the shown result were written in. */
  private resultSheetsLanguage: Language = 'ja';
  private busy: Busy = null;
  private lastSavedKey = '';
  private saving: Promise<void> | null = null;
  private saveAgain = false;
  private readonly saveLater: Debouncer;
  private readonly expanded = new Map<string, boolean>();
  private tabList: TabList | null = null;
  private sections: Section[] = [];
  private readonly statusLine = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private statusKey: MessageKey | null = null;
  /** Errors show beside the result (in view after an action), not at the top of the page. */
  private readonly errorBox = h('div', { class: 'error-box', role: 'alert', hidden: true });
  private readonly resultHost = h('div', { class: 'result-host' });
  private readonly outcome = h('div', { class: 'outcome' }, this.errorBox, this.resultHost);
  private readonly generateHelpId = uniqueId('generate-help');
  private readonly generateButton = h(
    'button',
    { type: 'button', class: 'button-primary generate', 'aria-describedby': this.generateHelpId, 'data-focus-key': 'generate', onclick: () => void this.generate() },
    ''
  );
  private readonly generateNote = h('p', { class: 'field-error', hidden: true });
  private readonly progress = h('div', { class: 'progress', hidden: true }, h('div', { class: 'progress-bar', 'aria-hidden': 'true' }), h('p', { role: 'status', class: 'progress-text' }));
  private readonly generateBar = h('div', { class: 'generate-bar' }, this.generateNote, this.progress, this.generateButton, this.statusLine);
  private progressTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly call: ServerCall,
    initialLanguage: Language,
    saveDelayMs: number
  ) {
    this.language = initialLanguage;
    this.saveLater = debounce(() => this.saveNow(), saveDelayMs);
  }

  start(): void {
    this.render();
    void this.load(null);
  }

  // ---- server calls ----

  private async load(language: Language | null): Promise<void> {
    if (this.busy !== null) return;
    this.clearError();
    this.setBusy('load');
    try {
      await this.settleSaves();
      this.adopt(await this.call('sidebarGetState', language));
      if (this.result !== null && this.resultSetup !== null && this.result.language !== this.language) await this.translateResult(this.resultSetup);
    } catch (error) {
      this.showError(error);
    } finally {
      this.setBusy(null);
    }
  }

  /**
   * Words the shown result in the sidebar's language (design §8: switching re-renders everything).
   * The run's own notices (setup not saved, an old sheet kept) cannot be produced again, so they
   * stay as they were written.
   */
  private async translateResult(setup: SavedSetup): Promise<void> {
    if (this.result === null) return;
    this.setStatus('status.translating');
    const text = await this.call('sidebarTranslateResult', setup, this.language);
    const notices = this.result.warnings.filter((warning) => warning.code === null);
    this.result = { ...this.result, ...text, warnings: [...notices, ...text.warnings] };
    this.setStatus(null);
    this.showResult(false);
  }

  private saveNow(): void {
    const snapshot = this.setup;
    if (snapshot === null) return;
    const key = JSON.stringify(snapshot);
    if (key === this.lastSavedKey) return;
    if (this.saving !== null) {
      this.saveAgain = true;
      return;
    }
    this.saving = (async () => {
      this.setStatus('status.saving');
      try {
        const state = await this.call('sidebarSaveSetup', snapshot);
        this.lastSavedKey = key;
        this.afterSave(state);
        this.setStatus('status.saved');
      } catch (error) {
        this.setStatus(null);
        this.showError(error);
      } finally {
        this.saving = null;
        if (this.saveAgain) {
          this.saveAgain = false;
          this.saveNow();
        }
      }
    })();
  }

  /** Sends any waiting edit and waits until every save has been answered. */
  private async settleSaves(): Promise<void> {
    this.saveLater.flush();
    while (this.saving !== null) await this.saving;
  }

  private async generate(): Promise<void> {
    if (this.busy !== null || this.state === null) return;
    this.clearError();
    this.showGenerateNote(null);
    if (!this.sections.every((section) => section.validate?.() ?? true)) {
      this.showGenerateNote('generate.fixSettings');
      return;
    }
    if (![...(this.tabList?.cards.values() ?? [])].some((card) => card.isUsable())) {
      this.showGenerateNote('generate.noUsableTab');
      return;
    }
    this.setBusy('generate');
    this.startProgress();
    try {
      await this.settleSaves();
      if (this.setup === null) return;
      const setup = this.setup;
      this.result = await this.call('sidebarGenerate', setup);
      this.resultSetup = setup;
      this.resultSheetsLanguage = this.result.language;
      // The channel section lists the channels this report found.
      this.render();
      this.showResult(true);
    } catch (error) {
      this.showError(error);
    } finally {
      this.stopProgress();
      this.setBusy(null);
      // The button was disabled while running, which drops focus; give it back to keyboard users.
      if (document.activeElement === null || document.activeElement === document.body) this.generateButton.focus();
    }
  }

  private async insertSample(): Promise<void> {
    if (this.busy !== null) return;
    this.clearError();
    this.setBusy('sample');
    this.setStatus('sample.running');
    try {
      await this.settleSaves();
      const state = await this.call('sidebarInsertSampleData', this.language);
      this.result = null;
      this.adopt(state);
      this.setStatus('status.sampleInserted');
      this.generateButton.focus();
    } catch (error) {
      this.setStatus(null);
      this.showError(error);
    } finally {
      this.setBusy(null);
    }
  }

  private switchLanguage(language: Language): void {
    if (this.busy !== null || language === this.language) return;
    // The report is written in the language the sidebar shows.
    if (this.setup !== null) this.editSettings({ language });
    void this.load(language);
  }

  private openSheet(name: string): void {
    this.clearError();
    this.call('sidebarActivateSheet', name).catch((error: unknown) => this.showError(error));
  }

  // ---- state ----

  private adopt(state: SidebarState): void {
    this.state = state;
    this.language = state.language;
    this.setup = setupFromState(state);
    this.lastSavedKey = JSON.stringify(this.setup);
    // Reports are written in the language the sidebar shows; saved with the next edit or on Generate.
    if (this.setup.settings.language !== state.language) this.setup = withSettings(this.setup, { language: state.language });
    this.render();
  }

  private afterSave(state: SidebarState): void {
    const shown = this.state?.tabs.map((tab) => tab.name).join('\u0000');
    if (shown !== state.tabs.map((tab) => tab.name).join('\u0000')) {
      // Tabs were added, removed or renamed meanwhile: keep the user's edits for tabs still there.
      const local = this.setup;
      this.state = state;
      this.setup = {
        mappings: state.tabs.map((tab) => (local ? mappingOf(local, tab.name) : undefined) ?? tab.mapping),
        settings: local?.settings ?? state.settings,
      };
      this.render();
      return;
    }
    this.state = state;
    for (const tab of state.tabs) this.refreshCard(tab.name);
  }

  private edit(next: SavedSetup, tab: string | null): void {
    this.setup = next;
    if (tab !== null) this.refreshCard(tab);
    this.showGenerateNote(null);
    this.saveLater.schedule();
  }

  private editSettings(patch: SettingsInput): void {
    if (this.setup === null) return;
    const next = withSettings(this.setup, patch);
    if (JSON.stringify(next.settings) !== JSON.stringify(this.setup.settings)) this.edit(next, null);
  }

  private refreshCard(tab: string): void {
    const card = this.tabList?.cards.get(tab);
    const view = this.state?.tabs.find((candidate) => candidate.name === tab);
    const mapping = this.setup ? mappingOf(this.setup, tab) : undefined;
    if (card && view && mapping) card.refresh(view, mapping);
    this.tabList?.refreshSummary();
  }

  // ---- rendering ----

  private render(): void {
    const focusKey = document.activeElement?.getAttribute('data-focus-key') ?? null;
    this.root.setAttribute('lang', this.language);
    document.documentElement.setAttribute('lang', this.language);
    this.tabList = null;
    this.sections = [];
    const header = createHeader({
      language: this.language,
      onLanguage: (language) => this.switchLanguage(language),
      onReload: () => void this.load(this.language),
    });
    const skip = h('button', { type: 'button', class: 'skip-link', onclick: () => this.generateButton.focus() }, t(this.language, 'app.skipToGenerate'));
    this.generateButton.textContent = t(this.language, 'generate.button');
    const main = h('main', { class: 'app-main' }, this.state === null ? h('p', { class: 'muted' }, t(this.language, 'app.loading')) : this.renderBody(this.state));
    this.root.replaceChildren(skip, header, main, this.generateBar);
    this.setStatus(this.statusKey);
    this.showGenerateNote(null);
    this.setBusy(this.busy);
    if (focusKey !== null) this.root.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus();
  }

  private renderBody(state: SidebarState): HTMLElement[] {
    const language = this.language;
    const setup = this.setup ?? setupFromState(state);
    this.tabList = createTabList({
      language,
      state,
      setup,
      isExpanded: (key) => this.expanded.get(key) === true,
      setExpanded: (key, expanded) => this.expanded.set(key, expanded),
      onKind: (name, kind: TabKind | null) => this.setup && this.edit(withKind(this.setup, state, name, kind), name),
      onColumn: (name, field: AnyField, column) => this.setup && this.edit(withColumn(this.setup, name, field, column), name),
      onChannel: (name, channel) => this.setup && this.edit(withChannel(this.setup, name, channel), name),
    });
    const context: SectionContext = {
      language,
      state,
      setup,
      editSettings: (patch) => this.editSettings(patch),
      editSetup: (next) => this.edit(next, null),
      channels: this.result?.channels ?? null,
      isExpanded: (key) => this.expanded.get(key) === true,
      setExpanded: (key, expanded) => this.expanded.set(key, expanded),
    };
    this.sections = SECTIONS.map((build) => build(context));
    const anyUsable = [...this.tabList.cards.values()].some((card) => card.isUsable());
    const sample = createSamplePanel({ language, onInsert: () => void this.insertSample() }, !anyUsable);
    const help = h('p', { id: this.generateHelpId, class: 'help generate-help' }, t(language, 'generate.help'));
    this.showResult(false);
    const body = [this.tabList.element, ...this.sections.map((section) => section.element), help, this.outcome];
    return anyUsable ? [...body, sample] : [sample, ...body];
  }

  private showResult(reveal: boolean): void {
    if (this.result === null) {
      replaceContent(this.resultHost);
      return;
    }
    const panel = createResultPanel(
      { language: this.language, sheetsLanguage: this.resultSheetsLanguage, onOpenSheet: (name) => this.openSheet(name) },
      this.result
    );
    replaceContent(this.resultHost, panel);
    if (!reveal) return;
    // Bring the result into view (the Generate bar stays at the bottom) and announce it.
    panel.scrollIntoView({ block: 'start' });
    panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  private showGenerateNote(key: MessageKey | null): void {
    this.generateNote.textContent = key === null ? '' : t(this.language, key);
    this.generateNote.hidden = key === null;
  }

  private setBusy(busy: Busy): void {
    this.busy = busy;
    this.root.setAttribute('aria-busy', String(busy !== null));
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('button[data-focus-key]')) {
      // Keep a focused button enabled for screen readers; clicks are ignored while busy anyway.
      button.disabled = busy !== null && button !== document.activeElement;
      button.setAttribute('aria-disabled', String(busy !== null));
    }
    this.generateButton.disabled = busy !== null;
  }

  private startProgress(): void {
    const text = this.progress.querySelector<HTMLElement>('.progress-text');
    const started = Date.now();
    const tick = (): void => {
      if (text) text.textContent = t(this.language, 'generate.running', { seconds: Math.floor((Date.now() - started) / 1000) });
    };
    tick();
    this.progress.hidden = false;
    this.progressTimer = setInterval(tick, 1000);
  }

  private stopProgress(): void {
    if (this.progressTimer !== null) clearInterval(this.progressTimer);
    this.progressTimer = null;
    this.progress.hidden = true;
  }

  private setStatus(key: MessageKey | null): void {
    this.statusKey = key;
    this.statusLine.textContent = key === null ? '' : t(this.language, key);
    this.statusLine.hidden = key === null;
  }

  /** An error as a list of sentences (one per problem), beside the result, scrolled into view. */
  private showError(error: unknown): void {
    const { message, details } = errorLines(error);
    replaceContent(
      this.errorBox,
      h('p', null, message),
      details.length === 0 ? null : h('ul', { class: 'error-details' }, details.map((line) => h('li', null, line))),
      h('button', { type: 'button', class: 'link-button', onclick: () => this.clearError() }, t(this.language, 'app.dismiss'))
    );
    this.errorBox.hidden = false;
    this.errorBox.scrollIntoView({ block: 'start' });
  }

  private clearError(): void {
    replaceContent(this.errorBox);
    this.errorBox.hidden = true;
  }
}

/**
 * Starts the sidebar in `root`: renders at once, then loads the state from the server.
 *
 * @example
 * startSidebar({ root: document.getElementById('app'), call: rpc.call, initialLanguage: 'ja' })
 * //=> undefined   (the tab list appears when sidebarGetState answers)
 */
export function startSidebar(options: SidebarOptions): void {
  new SidebarApp(options.root, options.call, options.initialLanguage, options.saveDelayMs ?? 700).start();
}
