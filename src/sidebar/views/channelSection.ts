/**
 * チャネルの対応づけ / Channel mapping (design §4.6, §8): every channel of the last report with its
 * rows, the rule that placed it and a group dropdown; a choice is saved as an override (rule 1) and
 * used by the next Generate. The list comes from the last generation's full read (`channels` of the
 * result), never from the sidebar's window of rows. Below it, the leads columns the user may pick as
 * attributes (design §4.7). Channel names and column headers are the user's text: text nodes only.
 */
import { CHANNEL_RULE_LABELS, MAX_CHANNEL_OVERRIDES, type ChannelListEntry } from '../../core/channels/channelList';
import { groupLabel } from '../../core/channels/groups';
import { formatCount } from '../../core/funnel/format';
import { labelKey } from '../../core/funnel/labels';
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../../core/model/breakdowns';
import type { Language } from '../../core/model/types';
import type { SavedSetup } from '../../shared/rpc';
import { h, uniqueId } from '../h';
import { createDisclosure } from './disclosure';
import { t } from '../i18n';
import { channelOverride, mappingOf, withAttributeColumn, withChannelGroup } from '../setupEdits';
import type { SectionBuilder, SectionContext } from './section';

/** The key under which the app remembers the section open. */
const EXPANDED_KEY = 'section:channels';

function groupSelect(language: Language, id: string, label: string, selected: string, onPick: (group: ChannelGroupId) => void): HTMLSelectElement {
  const select = h(
    'select',
    { id, 'aria-label': label, onchange: () => onPick(select.value as ChannelGroupId) },
    CHANNEL_GROUP_IDS.map((group) => h('option', { value: group, selected: group === selected }, groupLabel(group, language))),
  );
  return select;
}

/** One channel: its name, rows and rule, the group dropdown, and a reset while an override exists. */
function channelRow(context: SectionContext, entry: ChannelListEntry, current: () => SavedSetup): HTMLElement {
  const { language } = context;
  const override = channelOverride(context.setup, entry.channel);
  const shown = override ?? entry.groupId;
  const selectId = uniqueId('channel-group');
  const note = h('p', { class: 'help channel-note', 'aria-live': 'polite', hidden: true });
  const detail = t(language, 'channels.detail', { rows: formatCount(entry.rows), rule: CHANNEL_RULE_LABELS[entry.rule][language] });
  const tooMany = (): boolean => Object.keys(current().settings.channelGroups ?? {}).length >= MAX_CHANNEL_OVERRIDES && channelOverride(current(), entry.channel) === undefined;
  const select = groupSelect(language, selectId, t(language, 'channels.groupFor', { channel: entry.channel }), shown, (group) => {
    if (tooMany()) {
      note.textContent = t(language, 'channels.tooMany', { max: MAX_CHANNEL_OVERRIDES });
      note.hidden = false;
      select.value = shown;
      return;
    }
    // Picking the group the rules chose removes the override instead of storing a redundant one.
    const keep = group === entry.groupId && entry.rule !== 'user' ? null : group;
    context.editSetup(withChannelGroup(current(), entry.channel, keep));
    note.textContent = t(language, 'channels.changed', { group: groupLabel(group, language) });
    note.hidden = group === entry.groupId && entry.rule !== 'user';
    reset.hidden = keep === null;
  });
  const reset = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      'aria-label': t(language, 'channels.resetFor', { channel: entry.channel }),
      hidden: override === undefined,
      onclick: () => {
        context.editSetup(withChannelGroup(current(), entry.channel, null));
        reset.hidden = true;
        note.textContent = t(language, 'channels.resetPending');
        note.hidden = false;
      },
    },
    t(language, 'channels.reset'),
  );
  return h(
    'li',
    { class: 'channel-row' },
    h('label', { for: selectId, class: 'channel-name' }, entry.channel),
    h('span', { class: 'help' }, detail),
    h('div', { class: 'channel-controls' }, select, reset),
    note,
  );
}

/** The leads columns not mapped to a field, each a checkbox (checked when picked). */
function attributePicker(context: SectionContext, current: () => SavedSetup): HTMLElement {
  const { language, state } = context;
  const picked = new Set(context.setup.settings.attributeColumns ?? []);
  const offered: string[] = [];
  for (const tab of state.tabs) {
    const mapping = mappingOf(context.setup, tab.name) ?? tab.mapping;
    if (mapping.kind !== 'leads') continue;
    const mapped = new Set(Object.values(mapping.columns));
    tab.columns.forEach((column, index) => {
      if (column.label !== '' && !mapped.has(index) && !offered.includes(column.label)) offered.push(column.label);
    });
  }
  // A picked column no longer in view (its tab changed) stays listed so it can be removed.
  for (const name of picked) if (!offered.includes(name)) offered.push(name);
  const headingId = uniqueId('attributes-heading');
  const helpId = uniqueId('attributes-help');
  const boxes = offered.map((name) => {
    const id = uniqueId('attribute');
    const box = h('input', {
      id,
      type: 'checkbox',
      checked: picked.has(name),
      'aria-describedby': helpId,
      onchange: () => context.editSetup(withAttributeColumn(current(), name, box.checked)),
    });
    return h('li', { class: 'checkbox-row' }, box, h('label', { for: id }, name));
  });
  return h(
    'div',
    { class: 'attribute-picker', role: 'group', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t(language, 'attributes.heading')),
    h('p', { id: helpId, class: 'help' }, t(language, 'attributes.help')),
    boxes.length === 0 ? h('p', { class: 'muted' }, t(language, 'attributes.none')) : h('ul', { class: 'plain-list' }, boxes),
  );
}

/**
 * The channel mapping and attribute columns as a section of the page (see section.ts).
 *
 * @example
 * channelSection({ ...context, channels: null }).element.querySelector('h2')?.textContent
 * //=> 'チャネルの対応づけ'
 */
export const channelSection: SectionBuilder = (context) => {
  const { language } = context;
  // The app replaces the setup on every edit; read the latest one when the user acts.
  let setup = context.setup;
  const tracked: SectionContext = {
    ...context,
    editSetup: (next) => {
      setup = next;
      context.editSetup(next);
    },
  };
  const current = (): SavedSetup => setup;
  const headingId = uniqueId('channels-heading');
  const list = context.channels;
  const listed = new Set(list?.entries.map((entry) => labelKey(entry.channel)) ?? []);
  // Saved overrides for channels the last report did not list (or before any report), so they can be reset.
  const unlisted: ChannelListEntry[] = Object.entries(context.setup.settings.channelGroups ?? {})
    .filter(([value]) => !listed.has(labelKey(value)))
    .map(([value, group]) => ({ channel: value, groupId: group as ChannelGroupId, rule: 'user', rows: 0, tabs: [] }));
  const entries = [...(list?.entries ?? []), ...unlisted];
  // Folded by default, so the first open stays short (design §8); the app remembers it open.
  const region = h(
    'div',
    { id: uniqueId('channels-region'), class: 'section-body' },
    h('p', { class: 'help' }, t(language, list === null ? 'channels.notYet' : 'channels.intro')),
    entries.length === 0 ? null : h('ul', { class: 'plain-list channel-list' }, entries.map((entry) => channelRow(tracked, entry, current))),
    list !== null && list.more > 0 ? h('p', { class: 'help' }, t(language, 'channels.more', { count: formatCount(list.more) })) : null,
    attributePicker(tracked, current),
  );
  const heading = t(language, 'channels.heading');
  const toggle = createDisclosure({
    region,
    className: 'section-toggle',
    expanded: context.isExpanded(EXPANDED_KEY),
    onToggle: (expanded) => context.setExpanded(EXPANDED_KEY, expanded),
    label: () => (list === null ? heading : t(language, 'channels.headingCount', { heading, count: formatCount(list.entries.length + list.more) })),
  });
  return {
    element: h('section', { class: 'panel channel-section', 'aria-labelledby': headingId }, h('h2', { id: headingId }, toggle.button), region),
  };
};
