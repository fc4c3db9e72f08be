/**
 * What Generate produced: the period, which key linked deals to leads, headline KPIs, the sheets
 * written, a button that opens the summary sheet, and the warnings (folded away when there are many). Every value shown came from the
 * workbook or the server, so all of it is text nodes.
 */
import type { Language } from '../../core/model/types';
import type { GenerateResult, WarningView } from '../../shared/rpc';
import { h, uniqueId } from '../h';
import { t } from '../i18n';

/** More warnings than this are folded into a disclosure. */
const OPEN_WARNING_LIMIT = 5;

export interface ResultPanelContext {
  readonly language: Language;
  /** The language the report sheets were written in (the panel may be shown in the other one). */
  readonly sheetsLanguage: Language;
  readonly onOpenSheet: (name: string) => void;
}

/**
 * True when the message already names its tab (and row), so a location line would repeat it. The
 * engine quotes tab names (「リード」, "Leads"); a bare match is not enough, since a tab called 商談
 * would match "このタブの商談 3 件…", a message that relies on the location line.
 */
function messageNamesPlace(warning: WarningView): boolean {
  if (warning.tab === null) return false;
  const namesTab = warning.message.includes(`「${warning.tab}」`) || warning.message.includes(`"${warning.tab}"`);
  return namesTab && (warning.row === null || warning.message.includes(String(warning.row)));
}

function warningItem(language: Language, warning: WarningView): HTMLLIElement {
  const where =
    warning.tab === null || messageNamesPlace(warning)
      ? null
      : warning.row === null
        ? warning.tab
        : t(language, 'result.warningRow', { tab: warning.tab, row: warning.row });
  return h('li', null, where === null ? null : h('span', { class: 'warning-where' }, where), warning.message);
}

/**
 * One entry per distinct sentence: a warning repeated word for word is listed once with its count.
 *
 * @example
 * distinctWarnings([a, a, b]).map((entry) => entry.count)
 * //=> [2, 1]
 */
export function distinctWarnings(warnings: readonly WarningView[]): { warning: WarningView; count: number }[] {
  const byText = new Map<string, { warning: WarningView; count: number }>();
  for (const warning of warnings) {
    const key = `${warning.tab ?? ''}\u0000${warning.row ?? ''}\u0000${warning.message}`;
    const entry = byText.get(key);
    if (entry) entry.count += 1;
    else byText.set(key, { warning, count: 1 });
  }
  return [...byText.values()];
}

function warningsBlock(language: Language, warnings: readonly WarningView[]): HTMLElement {
  if (warnings.length === 0) return h('p', { class: 'muted' }, t(language, 'result.noWarnings'));
  const entries = distinctWarnings(warnings);
  const title = t(language, 'result.warnings', { count: entries.length });
  const list = h(
    'ul',
    { class: 'warnings' },
    entries.map(({ warning, count }) => {
      const item = warningItem(language, warning);
      if (count > 1) item.append(t(language, 'result.repeated', { count }));
      return item;
    })
  );
  if (entries.length <= OPEN_WARNING_LIMIT) return h('div', null, h('h3', null, title), list);
  return h('details', { class: 'warnings-details' }, h('summary', null, title), list);
}

/**
 * Builds the result panel; its heading takes focus so screen readers announce the result.
 *
 * @example
 * createResultPanel({ language: 'en', onOpenSheet }, result).querySelector('h2').textContent
 * //=> 'Report ready'
 */
export function createResultPanel(context: ResultPanelContext, result: GenerateResult): HTMLElement {
  const { language } = context;
  const headingId = uniqueId('result-heading');
  return h(
    'section',
    { class: 'panel result', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1 }, t(language, 'result.heading')),
    h('p', { class: 'muted' }, result.period.undated ? t(language, 'result.periodUndated') : t(language, 'result.period', { from: result.period.from, to: result.period.to, asOf: result.asOf })),
    context.sheetsLanguage === language ? null : h('p', { class: 'note' }, t(language, 'result.sheetsLanguage')),
    result.notes.length === 0 ? null : h('ul', { class: 'notes', 'aria-label': t(language, 'result.notes') }, result.notes.map((note) => h('li', null, note))),
    // Which key linked the deals to the leads (design §3.2.1): sentences from the server, as text.
    result.links === undefined || result.links.length === 0 ? null : h('ul', { class: 'links muted' }, result.links.map((line) => h('li', null, line))),
    result.summarySheet === ''
      ? null
      : h(
          'button',
          { type: 'button', class: 'button-secondary open-summary', onclick: () => context.onOpenSheet(result.summarySheet) },
          t(language, 'result.openSummary', { sheet: result.summarySheet })
        ),
    result.headline.length === 0
      ? null
      : [
          h('h3', null, t(language, 'result.kpis')),
          h(
            'dl',
            { class: 'kpis' },
            result.headline.map((kpi) => h('div', { class: 'kpi' }, h('dt', null, kpi.label), h('dd', null, kpi.value)))
          ),
        ],
    warningsBlock(language, result.warnings),
    result.sheets.length === 0
      ? null
      : h(
          'details',
          { class: 'sheets-details' },
          h('summary', null, t(language, 'result.sheets', { count: result.sheets.length })),
          h('ul', { class: 'sheets' }, result.sheets.map((sheet) => h('li', null, sheet)))
        )
  );
}
