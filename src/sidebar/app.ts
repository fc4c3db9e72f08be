/**
 * The sidebar controller: loads the state, keeps the setup the user is editing, saves it (debounced,
 * one save at a time, in order), runs Generate and Insert sample data, and switches language.
 * The setup edited here is the source of truth; server answers to a save only refresh what the
 * server knows better (missing columns, row counts).
 */
import type { AnyField, Language, TabKind } from '../core/model/types';
import type { GenerateResult, SavedSetup, SettingsInput, SidebarState } from '../shared/rpc';
import { debounce, type Debouncer } from './debounce';
import { h, replaceContent, uniqueId } from './h';
import { t, type MessageKey } from './i18n';
import type { ServerCall } from './rpc';
import { mappingOf, setupFromState, withChannel, withColumn, withKind, withSettings } from './setupEdits';
import { createHeader } from './views/header';
import { createResultPanel } from './views/resultPanel';
import { createSamplePanel } from './views/samplePanel';
import { createSettingsForm, type SettingsForm } from './views/settingsForm';
import { createTabCard, type TabCard } from './views/tabCard';

export interface SidebarOptions {
  readonly root: HTMLElement;
  readonly call: ServerCall;
  /** Shown until the server says which language the user has. */
  readonly initialLanguage: Language;
  readonly saveDelayMs?: number;
}

type Busy = 'load' | 'generate' | 'sample' | null;

class SidebarApp {
  private language: Language;
  private state: SidebarState | null = null;
  private setup: SavedSetup | null = null;
  private result: GenerateResult | null = null;
  private busy: Busy = null;
  private lastSavedKey = '';
  private saving: Promise<void> | null = null;
  private saveAgain = false;
  private readonly saveLater: Debouncer;
  private readonly expanded = new Map<string, boolean>();
  private cards = new Map<string, TabCard>();
  private settingsForm: SettingsForm | null = null;
  private readonly statusLine = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private statusKey: MessageKey | null = null;
  private readonly errorBox = h('div', { class: 'error-box', role: 'alert', hidden: true });
  private generateButton: HTMLButtonElement | null = null;
  private generateNote: HTMLElement | null = null;
  /** Errors of Generate and of the result panel show next to them, not at the top out of view. */
  private generateErrorBox: HTMLElement | null = null;
  private progress: HTMLElement | null = null;
  private resultHost: HTMLElement | null = null;
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
    } catch (error) {
      this.showError(error);
    } finally {
      this.setBusy(null);
    }
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
    if (this.settingsForm !== null && !this.settingsForm.validateAll()) {
      this.showGenerateNote('generate.fixSettings');
      return;
    }
    if (![...this.cards.values()].some((card) => card.isUsable())) {
      this.showGenerateNote('generate.noUsableTab');
      return;
    }
    this.setBusy('generate');
    this.startProgress();
    try {
      await this.settleSaves();
      if (this.setup === null) return;
      this.result = await this.call('sidebarGenerate', this.setup);
      this.showResult(true);
    } catch (error) {
      this.showError(error, this.generateErrorBox);
    } finally {
      this.stopProgress();
      this.setBusy(null);
      // The button was disabled while running, which drops focus; give it back to keyboard users.
      if (document.activeElement === null || document.activeElement === document.body) this.generateButton?.focus();
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
      this.generateButton?.focus();
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
    this.call('sidebarActivateSheet', name).catch((error: unknown) => this.showError(error, this.generateErrorBox));
  }

  // ---- state ----

  private adopt(state: SidebarState): void {
    this.state = state;
    this.language = state.language;
    this.setup = setupFromState(state);
    this.lastSavedKey = JSON.stringify(this.setup);
    // Reports are written in the language the sidebar shows; saved with the next edit or on Generate.
    if (this.setup.settings.language !== state.language) this.setup = withSettings(this.setup, { language: state.language });
    for (const tab of state.tabs) {
      if (!this.expanded.has(tab.name)) this.expanded.set(tab.name, tab.mapping.kind !== null && tab.missing.length > 0);
    }
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
    const card = this.cards.get(tab);
    const view = this.state?.tabs.find((candidate) => candidate.name === tab);
    const mapping = this.setup ? mappingOf(this.setup, tab) : undefined;
    if (card && view && mapping) card.refresh(view, mapping);
  }

  // ---- rendering ----

  private render(): void {
    const focusKey = document.activeElement?.getAttribute('data-focus-key') ?? null;
    this.root.setAttribute('lang', this.language);
    document.documentElement.setAttribute('lang', this.language);
    this.cards = new Map();
    this.settingsForm = null;
    this.generateButton = null;
    const header = createHeader({
      language: this.language,
      onLanguage: (language) => this.switchLanguage(language),
      onReload: () => void this.load(this.language),
    });
    const main = h('main', { class: 'app-main' }, this.state === null ? h('p', { class: 'muted' }, t(this.language, 'app.loading')) : this.renderBody(this.state));
    this.root.replaceChildren(header, this.statusLine, this.errorBox, main);
    this.setStatus(this.statusKey);
    this.setBusy(this.busy);
    if (focusKey !== null) this.root.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus();
  }

  private renderBody(state: SidebarState): HTMLElement[] {
    const language = this.language;
    const cards = state.tabs.flatMap((tab) => {
      const mapping = this.setup ? mappingOf(this.setup, tab.name) : undefined;
      if (!mapping) return [];
      const card = createTabCard(
        {
          language,
          kinds: state.kinds,
          isExpanded: (name) => this.expanded.get(name) === true,
          setExpanded: (name, expanded) => this.expanded.set(name, expanded),
          onKind: (name, kind: TabKind | null) => this.setup && this.edit(withKind(this.setup, state, name, kind), name),
          onColumn: (name, field: AnyField, column) => this.setup && this.edit(withColumn(this.setup, name, field, column), name),
          onChannel: (name, channel) => this.setup && this.edit(withChannel(this.setup, name, channel), name),
        },
        tab,
        mapping
      );
      this.cards.set(tab.name, card);
      return [card.element];
    });
    const anyUsable = [...this.cards.values()].some((card) => card.isUsable());
    const sample = createSamplePanel({ language, onInsert: () => void this.insertSample() }, !anyUsable);

    const tabsHeadingId = uniqueId('tabs-heading');
    const tabsSection = h(
      'section',
      { class: 'panel', 'aria-labelledby': tabsHeadingId },
      h('h2', { id: tabsHeadingId }, t(language, 'tabs.heading')),
      h('p', { class: 'help' }, t(language, 'tabs.intro')),
      cards.length === 0 ? h('p', { class: 'empty' }, t(language, 'tabs.none')) : h('ul', { class: 'tab-list' }, cards)
    );

    this.settingsForm = createSettingsForm({
      language,
      settings: this.setup?.settings ?? state.settings,
      onChange: (patch) => this.editSettings(patch),
    });

    const helpId = uniqueId('generate-help');
    this.generateButton = h(
      'button',
      { type: 'button', class: 'button-primary generate', 'aria-describedby': helpId, 'data-focus-key': 'generate', onclick: () => void this.generate() },
      t(language, 'generate.button')
    );
    this.generateNote = h('p', { class: 'field-error', hidden: true });
    this.generateErrorBox = h('div', { class: 'error-box', role: 'alert', hidden: true });
    this.progress = h('div', { class: 'progress', hidden: true }, h('div', { class: 'progress-bar', 'aria-hidden': 'true' }), h('p', { role: 'status', class: 'progress-text' }));
    this.resultHost = h('div', { class: 'result-host' });
    const generateSection = h(
      'section',
      { class: 'panel generate-panel' },
      this.generateButton,
      h('p', { id: helpId, class: 'help' }, t(language, 'generate.help')),
      this.generateNote,
      this.generateErrorBox,
      this.progress,
      this.resultHost
    );
    this.showResult(false);
    return anyUsable ? [tabsSection, this.settingsForm.element, generateSection, sample] : [sample, tabsSection, this.settingsForm.element, generateSection];
  }

  private showResult(focus: boolean): void {
    if (this.resultHost === null) return;
    if (this.result === null) {
      replaceContent(this.resultHost);
      return;
    }
    const panel = createResultPanel({ language: this.language, onOpenSheet: (name) => this.openSheet(name) }, this.result);
    replaceContent(this.resultHost, panel);
    if (focus) panel.querySelector<HTMLElement>('h2')?.focus();
  }

  private showGenerateNote(key: MessageKey | null): void {
    if (this.generateNote === null) return;
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
    if (this.generateButton) this.generateButton.disabled = busy !== null;
  }

  private startProgress(): void {
    if (this.progress === null) return;
    const progress = this.progress;
    const text = progress.querySelector<HTMLElement>('.progress-text');
    const started = Date.now();
    const tick = (): void => {
      if (text) text.textContent = t(this.language, 'generate.running', { seconds: Math.floor((Date.now() - started) / 1000) });
    };
    tick();
    progress.hidden = false;
    this.progressTimer = setInterval(tick, 1000);
  }

  private stopProgress(): void {
    if (this.progressTimer !== null) clearInterval(this.progressTimer);
    this.progressTimer = null;
    if (this.progress) this.progress.hidden = true;
  }

  private setStatus(key: MessageKey | null): void {
    this.statusKey = key;
    this.statusLine.textContent = key === null ? '' : t(this.language, key);
  }

  private showError(error: unknown, box: HTMLElement | null = this.errorBox): void {
    const target = box ?? this.errorBox;
    const message = error instanceof Error ? error.message : String(error);
    replaceContent(
      target,
      h('p', null, message),
      h('button', { type: 'button', class: 'link-button', onclick: () => this.clearError() }, t(this.language, 'app.dismiss'))
    );
    target.hidden = false;
  }

  private clearError(): void {
    for (const box of [this.errorBox, this.generateErrorBox]) {
      if (box === null) continue;
      replaceContent(box);
      box.hidden = true;
    }
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
