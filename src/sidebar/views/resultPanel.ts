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

function warningsBlock(language: Language, warnings: readonly WarningView[]): HTMLElement {
  if (warnings.length === 0) return h('p', { class: 'muted' }, t(language, 'result.noWarnings'));
  const title = t(language, 'result.warnings', { count: warnings.length });
  const list = h('ul', { class: 'warnings' }, warnings.map((warning) => warningItem(language, warning)));
  if (warnings.length <= OPEN_WARNING_LIMIT) return h('div', null, h('h3', null, title), list);
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
    h('p', { class: 'muted' }, t(language, 'result.period', { from: result.period.from, to: result.period.to, asOf: result.asOf })),
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
    result.sheets.length === 0
      ? null
      : [h('h3', null, t(language, 'result.sheets')), h('ul', { class: 'sheets' }, result.sheets.map((sheet) => h('li', null, sheet)))],
    warningsBlock(language, result.warnings)
  );
}
