import fc from 'fast-check';
import { appendChildren, buildElement, type DocumentLike, type ElementLike, type NodeLike } from '../../src/sidebar/dom';

/** A document that records what it is asked to do and refuses anything that parses markup. */
class FakeText implements NodeLike {
  constructor(readonly data: string) {}
  appendChild(): never {
    throw new Error('text nodes have no children');
  }
}

class FakeElement implements ElementLike {
  readonly attributes = new Map<string, string>();
  readonly children: (FakeElement | FakeText)[] = [];
  readonly listeners: { type: string; listener: unknown }[] = [];
  [property: string]: unknown;

  constructor(readonly tag: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  addEventListener(type: string, listener: unknown): void {
    this.listeners.push({ type, listener });
  }
  appendChild(child: NodeLike): unknown {
    this.children.push(child as FakeElement | FakeText);
    return child;
  }
  get text(): string {
    return this.children.map((child) => (child instanceof FakeText ? child.data : child.text)).join('');
  }
  set innerHTML(_value: string) {
    throw new Error('innerHTML must never be used');
  }
  set outerHTML(_value: string) {
    throw new Error('outerHTML must never be used');
  }
}

const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeText(text),
} satisfies DocumentLike;

function build(tag: string, attributes: Parameters<typeof buildElement>[2], ...children: Parameters<typeof buildElement>[3]): FakeElement {
  return buildElement(fakeDocument, tag, attributes, children) as FakeElement;
}

describe('buildElement', () => {
  it('puts markup-looking text into a text node, character for character', () => {
    const element = build('span', null, '<img src=x onerror="alert(1)">');
    expect(element.children).toHaveLength(1);
    expect(element.children[0]).toBeInstanceOf(FakeText);
    expect((element.children[0] as FakeText).data).toBe('<img src=x onerror="alert(1)">');
  });

  it('keeps any string as exactly one text node with the same characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const element = build('li', null, text);
        expect(element.children).toHaveLength(1);
        expect((element.children[0] as FakeText).data).toBe(text);
      })
    );
  });

  it('sets attribute values verbatim through setAttribute', () => {
    const element = build('div', { title: '"><script>alert(1)</script>', 'aria-label': '広告 & アクセス', tabindex: -1 });
    expect(element.attributes.get('title')).toBe('"><script>alert(1)</script>');
    expect(element.attributes.get('aria-label')).toBe('広告 & アクセス');
    expect(element.attributes.get('tabindex')).toBe('-1');
  });

  it('writes true as an empty attribute and leaves out false, null and undefined', () => {
    const element = build('div', { hidden: true, 'aria-hidden': false, title: null, lang: undefined });
    expect([...element.attributes.entries()]).toEqual([['hidden', '']]);
  });

  it('sets form-control state as properties', () => {
    const input = build('input', { value: '＝SUM(A1)', disabled: true, checked: false });
    expect(input.value).toBe('＝SUM(A1)');
    expect(input.disabled).toBe(true);
    expect(input.checked).toBe(false);
    expect(input.attributes.size).toBe(0);
  });

  it('adds on<event> functions as event listeners', () => {
    const onClick = (): void => undefined;
    const element = build('button', { onclick: onClick });
    expect(element.listeners).toEqual([{ type: 'click', listener: onClick }]);
    expect(element.attributes.has('onclick')).toBe(false);
  });

  it('appends element children and flattens nested lists in order', () => {
    const child = build('b', null, 'x');
    const element = build('p', null, 'a', [child, ['b', 1]], 'c');
    expect(element.children.map((node) => (node instanceof FakeText ? node.data : `<${node.tag}>`))).toEqual(['a', '<b>', 'b', '1', 'c']);
    expect(element.text).toBe('axb1c');
  });

  describe('edge cases', () => {
    it('skips null, undefined and false children but keeps 0 and the empty string', () => {
      const element = build('p', null, null, undefined, false, 0, '');
      expect(element.children.map((node) => (node as FakeText).data)).toEqual(['0', '']);
    });

    it('refuses an event handler given as a string, which would be code compiled from text', () => {
      expect(() => build('img', { onerror: 'alert(1)' })).toThrow(/onerror takes a function/);
    });

    it('refuses attributes that parse markup, styles or URLs', () => {
      for (const name of ['innerHTML', 'outerHTML', 'srcdoc', 'style', 'href', 'src', 'formaction']) {
        expect(() => build('div', { [name]: 'x' })).toThrow(/not allowed/);
      }
    });

    it('refuses attribute names that are not plain names', () => {
      expect(() => build('div', { 'a b': 'x' })).toThrow(/not allowed/);
      expect(() => build('div', { '"x': 'x' })).toThrow(/not allowed/);
    });

    it('refuses a function as a plain attribute value', () => {
      expect(() => build('div', { title: () => undefined })).toThrow(/takes a value/);
    });

    it('refuses to create script, style and iframe elements', () => {
      for (const tag of ['script', 'style', 'iframe', 'SCRIPT', 'a b']) expect(() => build(tag, null)).toThrow(/not allowed/);
    });
  });
});

describe('appendChildren', () => {
  it('appends text and nodes to an existing parent', () => {
    const parent = new FakeElement('ul');
    appendChildren(fakeDocument, parent, ['<li>', [new FakeElement('li')]]);
    expect(parent.children).toHaveLength(2);
    expect((parent.children[0] as FakeText).data).toBe('<li>');
  });
});
