/**
 * The data tabs, short before long (design §8): tabs that need attention open on top; every other
 * tab folded into one line — 「8タブを読み取りました：すべて使用できます」 — that opens on click.
 * Which group a tab is in is decided when the list is built, not on every edit, so a card never
 * moves while the user works in it.
 */
import type { SavedSetup, SidebarState } from '../../shared/rpc';
import { h, uniqueId } from '../h';
import { t } from '../i18n';
import { mappingOf } from '../setupEdits';
import { createDisclosure } from './disclosure';
import { createTabCard, needsAttention, tabStatus, type TabCard, type TabCardContext } from './tabCard';

/** The card callbacks (expanded state keyed by tab name, or FOLDED_KEY for the folded line), plus the data. */
export interface TabListContext extends Omit<TabCardContext, 'kinds'> {
  readonly state: SidebarState;
  readonly setup: SavedSetup;
}

export interface TabList {
  readonly element: HTMLElement;
  /** The card of each tab, by name. */
  readonly cards: ReadonlyMap<string, TabCard>;
  /** Re-counts the folded line after an edit. */
  refreshSummary(): void;
}

/** The expanded-state key of the folded line (tab names are keys too; this one cannot be a tab's). */
export const FOLDED_KEY = '\u0000folded';

/**
 * Builds the tab list section.
 *
 * @example
 * createTabList(context).element.querySelector('.tabs-summary').textContent
 * //=> '8タブを読み取りました：すべて使用できます'
 */
export function createTabList(context: TabListContext): TabList {
  const { language, state, setup } = context;
  const cards = new Map<string, TabCard>();
  const attention: HTMLLIElement[] = [];
  const folded: { name: string; card: TabCard }[] = [];
  for (const view of state.tabs) {
    const mapping = mappingOf(setup, view.name);
    if (!mapping) continue;
    const open = needsAttention(tabStatus(view, mapping));
    const card = createTabCard(
      {
        language,
        kinds: state.kinds,
        // Tabs needing attention open by default; the user may still close them.
        isExpanded: (name) => (open ? !context.isExpanded(`closed:${name}`) : context.isExpanded(name)),
        setExpanded: (name, expanded) => (open ? context.setExpanded(`closed:${name}`, !expanded) : context.setExpanded(name, expanded)),
        onKind: context.onKind,
        onColumn: context.onColumn,
        onChannel: context.onChannel,
      },
      view,
      mapping
    );
    cards.set(view.name, card);
    if (open) attention.push(card.element);
    else folded.push({ name: view.name, card });
  }

  const headingId = uniqueId('tabs-heading');
  const foldedId = uniqueId('tabs-folded');
  const foldedList = h('ul', { id: foldedId, class: 'tab-list' }, folded.map(({ card }) => card.element));
  const { button: summary } = createDisclosure({
    region: foldedList,
    className: 'tabs-summary',
    expanded: context.isExpanded(FOLDED_KEY),
    onToggle: (expanded) => context.setExpanded(FOLDED_KEY, expanded),
  });

  function refreshSummary(): void {
    const total = state.tabs.length;
    const ready = folded.filter(({ card }) => card.isUsable()).length;
    const unused = folded.length - ready;
    let text: string;
    if (attention.length === 0) {
      text = unused === 0 ? t(language, 'tabs.summaryAllReady', { count: total }) : t(language, 'tabs.summaryReady', { count: total, ready });
    } else {
      text = unused === 0 ? t(language, 'tabs.summaryOthersReady', { count: folded.length }) : t(language, 'tabs.summaryOthers', { count: folded.length, ready });
    }
    if (unused > 0) text += t(language, 'tabs.summaryUnused', { count: unused });
    summary.textContent = text;
    summary.classList.toggle('tabs-summary-ok', unused === 0);
  }

  const element = h(
    'section',
    { class: 'panel tabs-panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t(language, 'tabs.heading')),
    state.tabs.length === 0 ? h('p', { class: 'empty' }, t(language, 'tabs.none')) : null,
    attention.length > 0 ? [h('p', { class: 'group-heading' }, t(language, 'tabs.attention', { count: attention.length })), h('ul', { class: 'tab-list' }, attention)] : null,
    folded.length > 0 ? [summary, foldedList] : null,
    h('p', { class: 'help' }, t(language, 'tabs.intro'))
  );
  refreshSummary();
  return { element, cards, refreshSummary };
}
