/**
 * "Insert sample data": a prominent invitation when no tab is usable yet, a quiet button otherwise.
 */
import type { Language } from '../../core/model/types';
import { h, uniqueId } from '../h';
import { t } from '../i18n';

export interface SamplePanelContext {
  readonly language: Language;
  readonly onInsert: () => void;
}

/**
 * Builds the sample-data block; `prominent` for first-time users.
 *
 * @example
 * createSamplePanel({ language: 'ja', onInsert }, true).querySelector('button').textContent
 * //=> 'サンプルデータを挿入'
 */
export function createSamplePanel(context: SamplePanelContext, prominent: boolean): HTMLElement {
  const { language } = context;
  const introId = uniqueId('sample-intro');
  const button = h(
    'button',
    {
      type: 'button',
      class: prominent ? 'button-primary' : 'button-secondary',
      'aria-describedby': introId,
      'data-focus-key': 'insert-sample',
      onclick: () => context.onInsert(),
    },
    t(language, 'sample.button')
  );
  if (!prominent) {
    return h('section', { class: 'sample-quiet' }, button, h('p', { id: introId, class: 'help' }, t(language, 'sample.intro')));
  }
  const headingId = uniqueId('sample-heading');
  return h(
    'section',
    { class: 'panel sample-invite', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t(language, 'sample.heading')),
    h('p', { id: introId }, t(language, 'sample.intro')),
    button
  );
}
