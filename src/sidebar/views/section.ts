/**
 * A section of the sidebar's page: the tab list, the settings — and later the channel groups
 * (issue 10) or the target (issue 12). The app builds every section from one list (SECTIONS in
 * app.ts), in page order, between the tab list and the result; the Generate bar stays below them
 * all. To add a section:
 *
 * 1. Put what it needs from the server in `SidebarState` (src/shared/rpc.ts) and fill it in
 *    `sidebarState` (src/sheets/sidebarService.ts) from the window already read — never another
 *    read of whole tabs (design §8).
 * 2. Write `src/sidebar/views/<name>.ts` exporting a {@link SectionBuilder}: build a
 *    `<section class="panel" aria-labelledby=…>` with an `<h2>`, all text through `h()` (sheet text is
 *    never markup) and every string in `src/sidebar/i18n.ts`.
 * 3. Edit the setup only through `context.editSettings` or `context.editSetup` (saved debounced, in
 *    order); return `validate` when a value must be fixed before Generate.
 * 4. Add the builder to SECTIONS in app.ts, and a browser test under test/sidebar/browser/.
 */
import type { Language } from '../../core/model/types';
import type { ChannelList, SavedSetup, SettingsInput, SidebarState } from '../../shared/rpc';

export interface SectionContext {
  readonly language: Language;
  readonly state: SidebarState;
  /** The setup being edited (the source of truth until it is saved). */
  readonly setup: SavedSetup;
  /** Changes settings; `undefined` in the patch removes one (the server default applies). */
  readonly editSettings: (patch: SettingsInput) => void;
  /** Replaces the setup being edited (mappings and settings). */
  readonly editSetup: (next: SavedSetup) => void;
  /** Whether a folded part of the page is open, by key; kept by the app across re-renders. */
  readonly isExpanded: (key: string) => boolean;
  readonly setExpanded: (key: string, expanded: boolean) => void;
  /** The channels of the last report generated in this sidebar (null before the first). */
  readonly channels: ChannelList | null;
}

export interface Section {
  readonly element: HTMLElement;
  /** Shows every error of the section; false when something must be fixed before Generate. */
  validate?(): boolean;
}

export type SectionBuilder = (context: SectionContext) => Section;
