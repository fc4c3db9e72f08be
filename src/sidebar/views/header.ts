/**
 * The top bar: title, the language toggle (日本語 / English) and Reload.
 */
import type { Language } from '../../core/model/types';
import { h } from '../h';
import { t, type MessageKey } from '../i18n';

export interface HeaderContext {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly onReload: () => void;
}

const LANGUAGES: readonly { readonly language: Language; readonly key: MessageKey; readonly lang: string }[] = [
  { language: 'ja', key: 'app.languageJa', lang: 'ja' },
  { language: 'en', key: 'app.languageEn', lang: 'en' },
];

/**
 * Builds the header.
 *
 * @example
 * createHeader({ language: 'en', onLanguage, onReload }).querySelector('[aria-pressed="true"]').textContent
 * //=> 'English'
 */
export function createHeader(context: HeaderContext): HTMLElement {
  const { language } = context;
  return h(
    'header',
    { class: 'app-header' },
    h('h1', null, t(language, 'app.title')),
    h(
      'div',
      { class: 'header-actions' },
      h(
        'div',
        { class: 'language-toggle', role: 'group', 'aria-label': t(language, 'app.languageGroup') },
        LANGUAGES.map((option) =>
          h(
            'button',
            {
              type: 'button',
              lang: option.lang,
              'aria-pressed': String(option.language === language),
              'data-focus-key': `language-${option.language}`,
              onclick: () => context.onLanguage(option.language),
            },
            t(language, option.key)
          )
        )
      ),
      h(
        'button',
        { type: 'button', class: 'button-secondary', title: t(language, 'app.reloadHelp'), 'data-focus-key': 'reload', onclick: () => context.onReload() },
        t(language, 'app.reload')
      )
    )
  );
}
