/**
 * The report settings: period, view, currency, LTV inputs and score bands. A valid value is handed
 * up at once (the app saves it, debounced); an invalid one is kept out of the setup and explained
 * next to its field when the user leaves it, or on Generate.
 */
import { FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR } from '../../core/dates/calendar';
import { CURRENCIES, DEFAULT_CURRENCY } from '../../core/money/currency';
import type { FunnelView, Language } from '../../core/model/types';
import type { SettingsInput } from '../../shared/rpc';
import { h, uniqueId } from '../h';
import { createDisclosure } from './disclosure';
import type { SectionBuilder } from './section';
import { t, type MessageKey } from '../i18n';
import {
  checkPeriod,
  formatGrossMarginInput,
  formatScoreBandsInput,
  parseExpectedPurchasesInput,
  parseTargetInput,
  parseGrossMarginInput,
  parseScoreBandsInput,
  type InputResult,
} from '../inputs';

export interface SettingsFormContext {
  readonly language: Language;
  readonly settings: SettingsInput;
  readonly onChange: (patch: SettingsInput) => void;
}

export interface SettingsForm {
  readonly element: HTMLElement;
  /** Shows every current error; returns true when all settings are valid. */
  validateAll(): boolean;
}


interface Checked {
  /** Re-reads the control; when `show`, displays (or clears) its error. Returns validity. */
  check(show: boolean): boolean;
}

/** An error line tied to its control(s) through aria-describedby. */
function errorLine(): { element: HTMLParagraphElement; id: string; show(message: string | null, controls: readonly HTMLElement[]): void } {
  const id = uniqueId('error');
  const element = h('p', { id, class: 'field-error', hidden: true });
  return {
    element,
    id,
    show(message, controls) {
      element.textContent = message ?? '';
      element.hidden = message === null;
      for (const control of controls) control.setAttribute('aria-invalid', String(message !== null));
    },
  };
}

function describedBy(...ids: string[]): string {
  return ids.join(' ');
}

/**
 * Builds the settings form.
 *
 * @example
 * createSettingsForm({ language: 'ja', settings: { view: 'cohort' }, onChange }).validateAll()
 * //=> true
 */
export function createSettingsForm(context: SettingsFormContext): SettingsForm {
  const { language, settings } = context;
  const checks: Checked[] = [];

  // Period: two date inputs, checked together.
  const fromId = uniqueId('from');
  const toId = uniqueId('to');
  const periodHelpId = uniqueId('period-help');
  const periodError = errorLine();
  const years = { min: `${FIRST_PLAUSIBLE_YEAR}-01-01`, max: `${LAST_PLAUSIBLE_YEAR}-12-31` };
  const fromInput = h('input', { id: fromId, type: 'date', ...years, value: settings.from ?? '', 'aria-describedby': describedBy(periodHelpId, periodError.id) });
  const toInput = h('input', { id: toId, type: 'date', ...years, value: settings.to ?? '', 'aria-describedby': describedBy(periodHelpId, periodError.id) });
  const periodCheck: Checked = {
    check(show) {
      const result = checkPeriod(fromInput.value, toInput.value);
      if (show || result.ok) periodError.show(result.ok ? null : t(language, result.error), [fromInput, toInput]);
      if (result.ok) context.onChange({ from: result.value.from ?? undefined, to: result.value.to ?? undefined });
      return result.ok;
    },
  };
  checks.push(periodCheck);
  fromInput.addEventListener('change', () => periodCheck.check(true));
  toInput.addEventListener('change', () => periodCheck.check(true));
  const period = h(
    'fieldset',
    null,
    h('legend', null, t(language, 'settings.period')),
    h(
      'div',
      { class: 'period-row' },
      h('div', { class: 'stacked' }, h('label', { for: fromId }, t(language, 'settings.from')), fromInput),
      h('span', { class: 'period-dash', 'aria-hidden': 'true' }, '〜'),
      h('div', { class: 'stacked' }, h('label', { for: toId }, t(language, 'settings.to')), toInput)
    ),
    h('p', { id: periodHelpId, class: 'help' }, t(language, 'settings.periodHelp')),
    periodError.element
  );

  // View: two radio buttons with a one-line explanation each.
  const viewName = uniqueId('view');
  const current: FunnelView = settings.view ?? 'cohort';
  const viewOption = (value: FunnelView, labelKey: MessageKey, helpKey: MessageKey): HTMLElement => {
    const id = uniqueId('view-option');
    const helpId = uniqueId('view-help');
    const radio = h('input', {
      id,
      type: 'radio',
      name: viewName,
      value,
      checked: value === current,
      'aria-describedby': helpId,
      onchange: () => {
        if (radio.checked) context.onChange({ view: value });
      },
    });
    return h(
      'div',
      { class: 'radio-row' },
      radio,
      h('div', null, h('label', { for: id }, t(language, labelKey)), h('p', { id: helpId, class: 'help' }, t(language, helpKey)))
    );
  };
  const view = h(
    'fieldset',
    null,
    h('legend', null, t(language, 'settings.view')),
    viewOption('cohort', 'settings.viewCohort', 'settings.viewCohortHelp'),
    viewOption('period', 'settings.viewPeriod', 'settings.viewPeriodHelp')
  );

  // Currency.
  const currencyId = uniqueId('currency');
  const currentCurrency = (settings.currency ?? DEFAULT_CURRENCY).toUpperCase();
  const offered = CURRENCIES.map((currency) => currency.code);
  const currencyOptions = offered.includes(currentCurrency) ? offered : [currentCurrency, ...offered];
  const currencySelect = h(
    'select',
    { id: currencyId, onchange: () => context.onChange({ currency: currencySelect.value }) },
    currencyOptions.map((code) => h('option', { value: code }, code))
  );
  currencySelect.value = currentCurrency;
  const currency = h('div', { class: 'field-row' }, h('label', { for: currencyId }, t(language, 'settings.currency')), currencySelect);

  // Text inputs read by a parser: LTV inputs and score bands.
  const parsedInput = <T>(options: {
    labelKey: MessageKey;
    helpKey?: MessageKey;
    value: string;
    inputMode: 'decimal' | 'text';
    /** What an empty field says (never a value-like example: design §8). */
    emptyKey: MessageKey;
    parse: (text: string) => InputResult<T>;
    apply: (value: T) => SettingsInput;
    /** How a valid value is shown back once the user leaves the field (how it was read). */
    format?: (value: T) => string;
  }): HTMLElement => {
    const id = uniqueId('setting');
    const error = errorLine();
    const helpId = options.helpKey ? uniqueId('help') : null;
    const input = h('input', {
      id,
      type: 'text',
      inputmode: options.inputMode,
      value: options.value,
      placeholder: t(language, options.emptyKey),
      autocomplete: 'off',
      'aria-describedby': describedBy(...(helpId ? [helpId] : []), error.id),
    });
    const check: Checked = {
      check(show) {
        const result = options.parse(input.value);
        if (show || result.ok) error.show(result.ok ? null : t(language, result.error), [input]);
        if (result.ok) context.onChange(options.apply(result.value));
        return result.ok;
      },
    };
    checks.push(check);
    // While typing, only clear an error; complain when the user leaves the field.
    input.addEventListener('input', () => check.check(false));
    input.addEventListener('change', () => {
      if (!check.check(true) || !options.format) return;
      const result = options.parse(input.value);
      if (result.ok) input.value = options.format(result.value);
    });
    return h(
      'div',
      { class: 'field-row' },
      h('label', { for: id }, t(language, options.labelKey)),
      input,
      helpId && options.helpKey ? h('p', { id: helpId, class: 'help' }, t(language, options.helpKey)) : null,
      error.element
    );
  };

  const ltv = h(
    'fieldset',
    null,
    h('legend', null, t(language, 'settings.ltv')),
    h('p', { class: 'help' }, t(language, 'settings.ltvHelp')),
    parsedInput({
      labelKey: 'settings.grossMargin',
      helpKey: 'settings.grossMarginHelp',
      value: formatGrossMarginInput(settings.grossMargin),
      inputMode: 'decimal',
      emptyKey: 'settings.notSet',
      parse: parseGrossMarginInput,
      apply: (value) => ({ grossMargin: value ?? undefined }),
      format: formatGrossMarginInput,
    }),
    parsedInput({
      labelKey: 'settings.expectedPurchases',
      value: settings.expectedPurchases === null || settings.expectedPurchases === undefined ? '' : String(settings.expectedPurchases),
      inputMode: 'decimal',
      emptyKey: 'settings.notSet',
      parse: parseExpectedPurchasesInput,
      apply: (value) => ({ expectedPurchases: value ?? undefined }),
    })
  );

  const target = parsedInput({
    labelKey: 'settings.target',
    helpKey: 'settings.targetHelp',
    value: settings.targetRevenue === null || settings.targetRevenue === undefined ? '' : String(settings.targetRevenue),
    inputMode: 'text',
    emptyKey: 'settings.notSet',
    parse: parseTargetInput,
    apply: (value) => ({ targetRevenue: value ?? undefined }),
  });

  const scoreBands = parsedInput({
    labelKey: 'settings.scoreBands',
    helpKey: 'settings.scoreBandsHelp',
    value: formatScoreBandsInput(settings.scoreBands),
    inputMode: 'text',
    emptyKey: 'settings.notSetAutomatic',
    parse: parseScoreBandsInput,
    apply: (value) => ({ scoreBands: value ?? undefined }),
  });

  // The plan's target and the score bands are seldom changed: folded, so the first screen stays short
  // (design §8), and open from the start when either holds a value, so nothing set is hidden.
  const more = h('div', { id: uniqueId('settings-more') }, target, scoreBands);
  const moreSet = (settings.targetRevenue !== null && settings.targetRevenue !== undefined && settings.targetRevenue !== '') || (settings.scoreBands?.length ?? 0) > 0;
  const moreToggle = createDisclosure({
    region: more,
    className: 'link-button disclosure',
    expanded: moreSet,
    onToggle: () => undefined,
    label: (expanded) => t(language, expanded ? 'settings.moreHide' : 'settings.moreShow'),
  });

  const headingId = uniqueId('settings-heading');
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t(language, 'settings.heading')),
    period,
    view,
    currency,
    ltv,
    moreToggle.button,
    more
  );

  return {
    element,
    validateAll: () => checks.map((check) => check.check(true)).every(Boolean),
  };
}

/**
 * The settings as a section of the page (see section.ts).
 *
 * @example
 * settingsSection(context).validate?.()
 * //=> true
 */
export const settingsSection: SectionBuilder = (context) => {
  const form = createSettingsForm({ language: context.language, settings: context.setup.settings, onChange: context.editSettings });
  return { element: form.element, validate: () => form.validateAll() };
};
