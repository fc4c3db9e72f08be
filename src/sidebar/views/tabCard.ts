/**
 * One data tab: its name and status, rows and what was detected, and — behind a disclosure that
 * tabs needing attention open by default — the kind, what is missing, and the column mapping (or,
 * for a tab without a kind, the headers that were found with their samples). Edits go up through
 * callbacks; `refresh` updates the card in place so the control the user is on keeps focus.
 */
import type { AnyField, Language, TabKind, TabMapping } from '../../core/model/types';
import { missingFields } from '../../core/model/requiredFields';
import type { ColumnView, KindView, TabView } from '../../shared/rpc';
import { h, replaceContent, uniqueId } from '../h';
import { t, type MessageKey } from '../i18n';
import { columnLetter, confidenceLevel, rowCountLabel } from '../labels';
import { columnsFor, needsChannelName, suggestedMapping } from '../setupEdits';
import { createDisclosure } from './disclosure';
import { createMappingPanel, type MappingPanel } from './mappingPanel';

export interface TabCardContext {
  readonly language: Language;
  readonly kinds: readonly KindView[];
  readonly isExpanded: (tab: string) => boolean;
  readonly setExpanded: (tab: string, expanded: boolean) => void;
  readonly onKind: (tab: string, kind: TabKind | null) => void;
  readonly onColumn: (tab: string, field: AnyField, column: number | null) => void;
  readonly onChannel: (tab: string, channel: string) => void;
}

export interface TabCard {
  readonly element: HTMLLIElement;
  /** Shows a newer server view and/or the locally edited mapping. */
  refresh(view: TabView, mapping: TabMapping): void;
  /** True when the tab will be used by Generate. */
  isUsable(): boolean;
}

/** What a card says about its tab, from the view and the mapping being edited. */
export type TabStatus = 'ready' | 'missing' | 'unknown' | 'unused' | 'empty';

/**
 * The status of a tab: ready, required columns missing, no kind detected, set to not used, or empty.
 *
 * @example
 * tabStatus({ ...view, detectedKind: null, empty: false }, { tab: 'メモ', kind: null, headerRow: 0, columns: {} })
 * //=> 'unknown'
 */
export function tabStatus(view: TabView, mapping: TabMapping): TabStatus {
  if (view.empty) return 'empty';
  if (mapping.kind === null) return view.detectedKind === null ? 'unknown' : 'unused';
  return missingFields(mapping, mapping.kind).length > 0 ? 'missing' : 'ready';
}

/** Tabs the user has to look at: their cards stay open on top (design §8). */
export function needsAttention(status: TabStatus): boolean {
  return status === 'missing' || status === 'unknown';
}

const STATUS: { readonly [S in TabStatus]: { readonly key: MessageKey; readonly badge: string } } = {
  ready: { key: 'tabs.statusReady', badge: 'badge-ok' },
  missing: { key: 'tabs.statusMissing', badge: 'badge-warn' },
  unknown: { key: 'tabs.statusUnknown', badge: 'badge-warn' },
  unused: { key: 'tabs.statusUnused', badge: 'badge-muted' },
  empty: { key: 'tabs.statusEmpty', badge: 'badge-muted' },
};

const NOT_USED = '';

function kindOf(kinds: readonly KindView[], kind: TabKind): KindView | undefined {
  return kinds.find((view) => view.kind === kind);
}

function metaLine(context: TabCardContext, view: TabView): string {
  const { language } = context;
  const rows = rowCountLabel(language, view.rowCount);
  if (view.empty) return t(language, 'tabs.emptyTab');
  if (view.detectedKind === null) return t(language, 'tabs.meta', { rows, detail: t(language, 'tabs.notDetected') });
  const detected = t(language, 'tabs.detected', {
    kind: kindOf(context.kinds, view.detectedKind)?.label ?? view.detectedKind,
    confidence: t(language, `confidence.${confidenceLevel(view.confidence)}`),
  });
  return t(language, 'tabs.meta', { rows, detail: detected });
}

/** The headers found in a tab without a kind, each with its samples, and why no kind fits. */
function unknownTabPanel(context: TabCardContext, view: TabView, columns: readonly ColumnView[]): HTMLElement[] {
  const { language } = context;
  const closest = view.closest;
  const why = closest
    ? t(language, 'tabs.closest', {
        kind: kindOf(context.kinds, closest.kind)?.label ?? closest.kind,
        fields: closest.missing.map((field) => kindOf(context.kinds, closest.kind)?.fields.find((f) => f.field === field)?.label ?? field).join(language === 'ja' ? '、' : ', '),
      })
    : t(language, 'tabs.noKnownHeader');
  const listed = columns.map((column, index) => ({ column, index })).filter(({ column }) => column.label !== '' || column.samples.length > 0);
  return [
    h('div', { class: 'notice' }, h('p', null, view.detectedKind === null ? t(language, 'tabs.notDetected') : t(language, 'mapping.notUsed')), view.detectedKind === null ? h('p', null, why) : null, h('p', null, t(language, 'tabs.chooseKind'))),
    listed.length === 0
      ? null
      : h(
          'div',
          { class: 'headers-found' },
          h('h4', null, t(language, 'tabs.headersFound', { row: view.mapping.headerRow + 1 })),
          h(
            'ul',
            { class: 'column-list' },
            listed.map(({ column, index }) =>
              h(
                'li',
                null,
                h('span', { class: 'column-name' }, `${columnLetter(index)}: ${column.label || t(language, 'mapping.blankHeader')}`),
                column.samples.length > 0 ? h('span', { class: 'column-samples' }, t(language, 'mapping.samples', { samples: column.samples.join(language === 'ja' ? '、' : ', ') })) : null
              )
            )
          )
        ),
  ].filter((element): element is HTMLDivElement => element !== null);
}

/**
 * Builds the card of one tab.
 *
 * @example
 * createTabCard(context, tabView, mapping).element.querySelector('.tab-name').textContent
 * //=> 'リード一覧'
 */
export function createTabCard(context: TabCardContext, initialView: TabView, initialMapping: TabMapping): TabCard {
  const { language } = context;
  const name = initialView.name;
  const kindId = uniqueId('kind');
  const bodyId = uniqueId('tab-body');
  const status = h('span', { class: 'badge' });
  const meta = h('p', { class: 'tab-meta muted' });
  const missingBox = h('div', { class: 'missing', 'aria-live': 'polite' });
  const mappingHost = h('div', { class: 'mapping-panel', role: 'group', 'aria-label': t(language, 'mapping.heading', { tab: name }) });
  const channelInputId = uniqueId('channel');
  const channelHelpId = uniqueId('channel-help');
  const channelInput = h('input', {
    id: channelInputId,
    type: 'text',
    placeholder: name,
    'aria-describedby': channelHelpId,
    autocomplete: 'off',
    oninput: () => context.onChannel(name, channelInput.value),
  });
  const channelRow = h(
    'div',
    { class: 'field-row channel-row', hidden: true },
    h('label', { for: channelInputId }, t(language, 'mapping.channel')),
    channelInput,
    h('p', { id: channelHelpId, class: 'help' }, t(language, 'mapping.channelHelp'))
  );
  const kindSelect = h(
    'select',
    { id: kindId, onchange: () => context.onKind(name, kindSelect.value === NOT_USED ? null : (kindSelect.value as TabKind)) },
    context.kinds.map((kind) => h('option', { value: kind.kind }, kind.label)),
    h('option', { value: NOT_USED }, t(language, 'tabs.kindNotUsed'))
  );
  const body = h(
    'div',
    { id: bodyId, class: 'tab-body' },
    h('div', { class: 'field-row field-inline' }, h('label', { for: kindId }, t(language, 'tabs.kind')), kindSelect),
    missingBox,
    mappingHost,
    channelRow
  );
  const { button: toggle } = createDisclosure({
    region: body,
    className: 'link-button disclosure',
    expanded: context.isExpanded(name),
    onToggle: (expanded) => context.setExpanded(name, expanded),
    label: (expanded) => t(language, expanded ? 'tabs.hideMapping' : 'tabs.showMapping'),
  });
  const element = h('li', { class: 'tab-card' }, h('div', { class: 'tab-head' }, h('h3', { class: 'tab-name' }, name), status), meta, toggle, body);

  let panel: MappingPanel | null = null;
  /** What the mapping host shows now: a kind's panel (with its header row) or the headers found. */
  let panelKey: string | null = null;
  let usable = false;

  function refresh(view: TabView, mapping: TabMapping): void {
    const state = tabStatus(view, mapping);
    usable = state === 'ready';
    status.textContent = t(language, STATUS[state].key);
    status.className = `badge ${STATUS[state].badge}`;
    element.setAttribute('data-status', state);
    meta.textContent = metaLine(context, view);
    toggle.hidden = state === 'empty';
    if (state === 'empty') body.hidden = true;
    if (kindSelect.value !== (mapping.kind ?? NOT_USED)) kindSelect.value = mapping.kind ?? NOT_USED;

    const columns = columnsFor(view, mapping);
    const key = `${mapping.kind ?? ''}:${mapping.headerRow}`;
    if (key !== panelKey) {
      // The fields differ per kind: rebuild. Focus is on the kind dropdown, outside the host.
      const kind = mapping.kind === null ? undefined : kindOf(context.kinds, mapping.kind);
      panel = kind
        ? createMappingPanel(
            { language, kind, columns, suggested: suggestedMapping(view, kind.kind), onColumn: (field, column) => context.onColumn(name, field, column) },
            mapping
          )
        : null;
      replaceContent(mappingHost, panel ? panel.elements : unknownTabPanel(context, view, columns));
      panelKey = key;
    }
    const missing = mapping.kind === null ? [] : missingFields(mapping, mapping.kind);
    panel?.refresh(mapping, missing);
    const kind = mapping.kind === null ? undefined : kindOf(context.kinds, mapping.kind);
    replaceContent(
      missingBox,
      missing.length > 0 && kind
        ? [
            h('p', null, t(language, 'mapping.missingIntro', { kind: kind.label })),
            h('ul', null, missing.map((field) => h('li', null, t(language, 'mapping.missingField', { field: kind.fields.find((f) => f.field === field)?.label ?? field })))),
          ]
        : null
    );
    missingBox.hidden = missing.length === 0;
    channelRow.hidden = !needsChannelName(mapping);
    if (document.activeElement !== channelInput) channelInput.value = mapping.channel ?? '';
  }

  refresh(initialView, initialMapping);
  return { element, refresh, isUsable: () => usable };
}
