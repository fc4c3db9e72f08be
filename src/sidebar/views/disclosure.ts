/**
 * A button that shows and hides a region (aria-expanded, aria-controls): the folded tab line and each
 * card's mapping use it. The region's id is the one `aria-controls` names.
 */
import { h } from '../h';

export interface Disclosure {
  readonly button: HTMLButtonElement;
  /** Shows or hides the region and says so on the button. */
  show(expanded: boolean): void;
}

/**
 * Creates the button for `region`; `onToggle` hears every change the user makes (to remember it),
 * `label` words the button for each state (left as it is when omitted).
 *
 * @example
 * const { button } = createDisclosure({ region, className: 'tabs-summary', expanded: false, onToggle });
 * button.click(); [button.getAttribute('aria-expanded'), region.hidden]
 * //=> ['true', false]
 */
export function createDisclosure(options: {
  readonly region: HTMLElement;
  readonly className: string;
  readonly expanded: boolean;
  readonly onToggle: (expanded: boolean) => void;
  readonly label?: (expanded: boolean) => string;
}): Disclosure {
  const { region } = options;
  const button = h('button', {
    type: 'button',
    class: options.className,
    'aria-controls': region.id,
    onclick: () => {
      const expanded = button.getAttribute('aria-expanded') !== 'true';
      options.onToggle(expanded);
      show(expanded);
    },
  });
  function show(expanded: boolean): void {
    button.setAttribute('aria-expanded', String(expanded));
    if (options.label) button.textContent = options.label(expanded);
    region.hidden = !expanded;
  }
  show(options.expanded);
  return { button, show };
}
