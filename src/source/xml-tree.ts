// A small element tree from saxes, for the parts of a DOCX package: names are
// kept qualified ('w:p'), as Word always writes them with the w: prefix.
import { SaxesParser } from 'saxes';

export type XmlNode = { name: string; attrs: Record<string, string>; children: (XmlNode | string)[] };

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [] };
  const stack = [root];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack[stack.length - 1].children.push(text));
  parser.on('cdata', (text) => void stack[stack.length - 1].children.push(text));
  parser.write(xml).close();
  return root.children.find((c): c is XmlNode => typeof c !== 'string') ?? root;
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return (node?.children ?? []).filter((c): c is XmlNode => typeof c !== 'string' && c.name === name);
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c): c is XmlNode => typeof c !== 'string' && c.name === name);
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.attrs[name];
}
