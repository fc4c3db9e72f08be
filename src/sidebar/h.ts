/**
 * `h(tag, attributes, ...children)` over the real document, typed per tag. All sidebar views build
 * their DOM through it (see dom.ts for why text can never become markup).
 */
import { buildElement, type Attributes, type Child } from './dom';

/**
 * Creates an element of the page's document.
 *
 * @example
 * h('button', { type: 'button', onclick: save }, '保存').outerHTML
 * //=> '<button type="button">保存</button>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return buildElement(document, tag, attributes, children) as unknown as HTMLElementTagNameMap[K];
}

/**
 * Replaces an element's children (text or nodes, built the same safe way).
 *
 * @example
 * replaceContent(status, '保存しました'); status.textContent
 * //=> '保存しました'
 */
export function replaceContent(parent: HTMLElement, ...children: Child[]): void {
  const holder = h('div', null, ...children);
  parent.replaceChildren(...Array.from(holder.childNodes));
}

let nextId = 0;

/**
 * A page-unique id for pairing a label with its control.
 *
 * @example
 * uniqueId('field')
 * //=> 'field-1'
 */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
