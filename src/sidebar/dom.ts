/**
 * The only way the sidebar builds DOM: elements, attributes and text nodes. Text always becomes a
 * text node, so a tab called `<img src=x onerror=alert(1)>` shows as those characters and never as
 * markup. Typed against a minimal document shape (not the DOM lib) so tests can pass a tiny fake.
 */

/** What the builder needs from a node. */
export interface NodeLike {
  appendChild(child: NodeLike): unknown;
}

/** What the builder needs from an element. */
export interface ElementLike extends NodeLike {
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: (event: never) => void): void;
}

/** What the builder needs from a document: `document` satisfies it. */
export interface DocumentLike {
  createElement(tag: string): ElementLike;
  createTextNode(text: string): NodeLike;
}

export type EventHandler = (event: never) => void;

/** An attribute value; `false`, `null` and `undefined` leave the attribute out. */
export type AttributeValue = string | number | boolean | null | undefined;

/**
 * Attributes by name. `on<event>` takes a function (added with addEventListener); the form-control
 * state `value`, `checked`, `selected` and `disabled` is set as a property, because the attribute
 * only sets the initial state.
 */
export type Attributes = { readonly [name: string]: AttributeValue | EventHandler };

/** A child: a node, text (numbers too), nothing (skipped), or a nested list of these. */
export type Child = NodeLike | string | number | null | undefined | false | readonly Child[];

const PROPERTY_NAMES = new Set(['value', 'checked', 'selected', 'disabled']);
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
/** Names that would parse a string as markup or code. */
const FORBIDDEN_NAMES = new Set(['innerhtml', 'outerhtml', 'srcdoc', 'style', 'href', 'src', 'action', 'formaction']);

function isNode(child: unknown): child is NodeLike {
  return typeof child === 'object' && child !== null && typeof (child as NodeLike).appendChild === 'function';
}

function setAttribute(element: ElementLike, name: string, value: AttributeValue | EventHandler): void {
  if (!ATTRIBUTE_NAME.test(name) || FORBIDDEN_NAMES.has(name.toLowerCase())) {
    throw new Error(`dom: attribute "${name}" is not allowed`);
  }
  if (/^on/i.test(name)) {
    // A string here would be code compiled from text: only real functions are event handlers.
    if (typeof value !== 'function') throw new Error(`dom: ${name} takes a function`);
    element.addEventListener(name.slice(2).toLowerCase(), value);
    return;
  }
  if (typeof value === 'function') throw new Error(`dom: attribute "${name}" takes a value, not a function`);
  if (PROPERTY_NAMES.has(name)) {
    (element as unknown as Record<string, unknown>)[name] = name === 'value' ? String(value ?? '') : value === true;
    return;
  }
  if (value === false || value === null || value === undefined) return;
  element.setAttribute(name, value === true ? '' : String(value));
}

/**
 * Appends children to a parent: text becomes text nodes, lists are flattened, empty children skipped.
 *
 * @example
 * appendChildren(document, list, ['a', null, [42]]); list.textContent
 * //=> 'a42'
 */
export function appendChildren(doc: DocumentLike, parent: NodeLike, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || typeof child === 'number') parent.appendChild(doc.createTextNode(String(child)));
    else if (isNode(child)) parent.appendChild(child);
    else appendChildren(doc, parent, child);
  }
}

/**
 * Creates an element with attributes and children, never parsing any string as HTML.
 *
 * @example
 * buildElement(document, 'span', { class: 'tab-name' }, ['<b>広告</b>']).textContent
 * //=> '<b>広告</b>'
 */
export function buildElement(doc: DocumentLike, tag: string, attributes: Attributes | null, children: readonly Child[]): ElementLike {
  if (!/^[a-z][a-z0-9]*$/.test(tag) || tag === 'script' || tag === 'iframe' || tag === 'style') {
    throw new Error(`dom: element <${tag}> is not allowed`);
  }
  const element = doc.createElement(tag);
  if (attributes) for (const [name, value] of Object.entries(attributes)) setAttribute(element, name, value);
  appendChildren(doc, element, children);
  return element;
}
