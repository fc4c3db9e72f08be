/**
 * One data tab in the list: name, row count, kind (editable), detection confidence, status, what is
 * missing, and a disclosure with one dropdown per field of its kind. Edits go up through callbacks;
 * `refresh` updates the card in place so the control the user is on keeps focus.
 */
import type { AnyField, Language, TabKind, TabMapping } from '../../core/model/types';
import type { KindView, TabView } from '../../shared/rpc';
import { h, replaceContent, uniqueId } from '../h';
import { t } from '../i18n';
import { columnOptionLabel, confidenceLevel, rowCountLabel } from '../labels';
import { isTabUsable, missingRequiredFields, needsChannelName, sameMapping } from '../setupEdits';

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

const NOT_USED = '';

function kindLabel(kinds: readonly KindView[], kind: TabKind): string {
  return kinds.find((view) => view.kind === kind)?.label ?? kind;
}

/**
 * What is missing: the server's words when they describe this mapping, else our own. For a tab
 * not used as shown, the server says what its best guess lacked (why it was not recognised).
 */
function missingLines(language: Language, kinds: readonly KindView[], view: TabView, mapping: TabMapping): readonly string[] {
  if (sameMapping(view.mapping, mapping)) return view.missing;
  if (mapping.kind === null) return [];
  return missingRequiredFields(mapping, kinds).map((field) => t(language, 'mapping.missingField', { field: field.label }));
}

function kindSelect(context: TabCardContext, view: TabView, mapping: TabMapping, id: string, afterChange: () => void): HTMLSelectElement {
  const select = h(
    'select',
    {
      id,
      onchange: () => {
        context.onKind(view.name, select.value === NOT_USED ? null : (select.value as TabKind));
        afterChange();
      },
    },
    context.kinds.map((kind) => h('option', { value: kind.kind }, kind.label)),
    h('option', { value: NOT_USED }, t(context.language, 'tabs.kindNotUsed'))
  );
  select.value = mapping.kind ?? NOT_USED;
  return select;
}

function detectionLine(context: TabCardContext, view: TabView): HTMLParagraphElement {
  if (view.detectedKind === null) return h('p', { class: 'muted' }, t(context.language, 'tabs.notDetected'));
  const level = confidenceLevel(view.confidence);
  return h(
    'p',
    { class: 'muted' },
    t(context.language, 'tabs.detected', {
      kind: kindLabel(context.kinds, view.detectedKind),
      confidence: t(context.language, `confidence.${level}`),
    })
  );
}

interface FieldControl {
  readonly field: AnyField;
  readonly required: boolean;
  readonly select: HTMLSelectElement;
}

/** Dropdowns for the fields of the mapping's kind, plus the channel name when there is no channel column. */
function mappingPanel(
  context: TabCardContext,
  view: TabView,
  mapping: TabMapping,
  controls: FieldControl[],
  channelRow: { element: HTMLElement | null }
): HTMLElement[] {
  const language = context.language;
  if (mapping.kind === null) return [h('p', { class: 'muted' }, t(language, 'mapping.notUsed'))];
  const kind = context.kinds.find((candidate) => candidate.kind === mapping.kind);
  const rows: HTMLElement[] = [h('p', { class: 'muted' }, t(language, 'mapping.intro'))];
  const columnCount = Math.max(view.headers.length, ...Object.values(mapping.columns).map((index) => (index ?? -1) + 1));
  for (const field of kind?.fields ?? []) {
    const id = uniqueId('field');
    const select = h(
      'select',
      {
        id,
        'aria-required': field.required ? 'true' : null,
        onchange: () => context.onColumn(view.name, field.field, select.value === '' ? null : Number(select.value)),
      },
      h('option', { value: '' }, t(language, 'mapping.none')),
      Array.from({ length: columnCount }, (_, index) =>
        h('option', { value: String(index) }, columnOptionLabel(language, index, view.headers[index] ?? ''))
      )
    );
    const column = mapping.columns[field.field];
    select.value = column === undefined ? '' : String(column);
    controls.push({ field: field.field, required: field.required, select });
    rows.push(
      h(
        'div',
        { class: 'field-row field-inline' },
        h(
          'label',
          { for: id },
          // Server labels suit the middle of a sentence ("cost"); a form label starts with a capital.
          field.label.charAt(0).toUpperCase() + field.label.slice(1),
          field.required ? h('span', { class: 'badge badge-required' }, t(language, 'mapping.required')) : null
        ),
        select
      )
    );
  }
  if ((mapping.kind === 'ads' || mapping.kind === 'traffic') && mapping.period !== undefined && mapping.columns.date === undefined) {
    // A report dated by its preamble (design §3.2.1): say which period its rows count for.
    rows.push(h('p', { class: 'help stated-period' }, t(language, 'mapping.statedPeriod', { from: mapping.period.from, to: mapping.period.to })));
  }
  if (mapping.kind === 'ads' || mapping.kind === 'traffic') {
    const id = uniqueId('channel');
    const helpId = uniqueId('channel-help');
    const input = h('input', {
      id,
      type: 'text',
      value: mapping.channel ?? '',
      placeholder: view.name,
      'aria-describedby': helpId,
      autocomplete: 'off',
      oninput: () => context.onChannel(view.name, input.value),
    });
    const row = h(
      'div',
      { class: 'field-row channel-row', hidden: !needsChannelName(mapping) },
      h('label', { for: id }, t(language, 'mapping.channel')),
      input,
      h('p', { id: helpId, class: 'help' }, t(language, 'mapping.channelHelp'))
    );
    channelRow.element = row;
    rows.push(row);
  }
  if (mapping.wideMetrics !== undefined && mapping.kind === 'targets') rows.push(h('p', { class: 'muted' }, t(language, 'mapping.wide')));
  return rows;
}

/**
 * Builds the card of one tab.
 *
 * @example
 * createTabCard(context, tabView, mapping).element.querySelector('.tab-name').textContent
 * //=> 'リード一覧'
 */
export function createTabCard(context: TabCardContext, initialView: TabView, initialMapping: TabMapping): TabCard {
  const language = context.language;
  const name = initialView.name;
  const kindId = uniqueId('kind');
  const panelId = uniqueId('mapping');
  const status = h('span', { class: 'badge' });
  const missingBox = h('div', { class: 'missing', 'aria-live': 'polite' });
  const panel = h('div', { id: panelId, class: 'mapping-panel', role: 'group', 'aria-label': t(language, 'mapping.heading', { tab: name }) });
  const toggle = h('button', {
    type: 'button',
    class: 'link-button disclosure',
    'aria-controls': panelId,
    onclick: () => {
      const expanded = toggle.getAttribute('aria-expanded') !== 'true';
      context.setExpanded(name, expanded);
      showExpanded(expanded);
    },
  });
  const element = h(
    'li',
    { class: 'tab-card' },
    h('div', { class: 'tab-head' }, h('h3', { class: 'tab-name' }, name), status),
    h('p', { class: 'tab-rows muted' }, rowCountLabel(language, initialView.rowCount)),
    h('div', { class: 'field-row field-inline' }, h('label', { for: kindId }, t(language, 'tabs.kind')), kindSelect(context, initialView, initialMapping, kindId, () => {
      // A newly chosen kind usually needs its columns checked: open the mapping if something is missing.
      if (!usable && !toggle.hidden) {
        context.setExpanded(name, true);
        showExpanded(true);
      }
    })),
    detectionLine(context, initialView),
    missingBox,
    toggle,
    panel
  );

  let controls: FieldControl[] = [];
  const channelRow: { element: HTMLElement | null } = { element: null };
  let panelKind: TabKind | null | undefined;
  let usable = false;

  function showExpanded(expanded: boolean): void {
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = t(language, expanded ? 'tabs.hideMapping' : 'tabs.showMapping');
    panel.hidden = !expanded;
  }

  function refresh(view: TabView, mapping: TabMapping): void {
    if (panelKind !== mapping.kind) {
      // The fields differ per kind: rebuild the panel. Focus is on the kind dropdown, outside it.
      controls = [];
      channelRow.element = null;
      replaceContent(panel, mappingPanel(context, view, mapping, controls, channelRow));
      panelKind = mapping.kind;
    }
    const missing = missingLines(language, context.kinds, view, mapping);
    usable = isTabUsable(mapping, missing);
    replaceContent(
      missingBox,
      missing.length > 0 ? [h('p', null, t(language, 'mapping.missingIntro')), h('ul', null, missing.map((line) => h('li', null, line)))] : null
    );
    missingBox.hidden = missing.length === 0;
    const statusKey = mapping.kind === null ? 'tabs.statusUnused' : usable ? 'tabs.statusReady' : 'tabs.statusMissing';
    status.textContent = t(language, statusKey);
    status.className = `badge ${mapping.kind === null ? 'badge-muted' : usable ? 'badge-ok' : 'badge-warn'}`;
    element.classList.toggle('tab-card-unused', mapping.kind === null);
    // An unused tab has nothing to map: the kind dropdown is the only thing to do.
    toggle.hidden = mapping.kind === null;
    panel.hidden = mapping.kind === null || toggle.getAttribute('aria-expanded') !== 'true';
    for (const control of controls) {
      const empty = mapping.columns[control.field] === undefined;
      control.select.setAttribute('aria-invalid', String(control.required && empty));
    }
    if (channelRow.element) channelRow.element.hidden = !needsChannelName(mapping);
  }

  showExpanded(context.isExpanded(name));
  refresh(initialView, initialMapping);
  return { element, refresh, isUsable: () => usable };
}
