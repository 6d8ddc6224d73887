// Streaming XML for Office parts: names come back with canonical prefixes (`w:p` whatever prefix
// the file bound the namespace to, and for both transitional and strict OOXML), DOCTYPE is refused
// outright (no entity expansion, no external references: a normal Office part never has one), and
// nesting deeper than the limit stops the parse.

import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DrafterError } from '../../../shared/errors';
import { readErrors } from './read-errors';

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
};

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlContext {
  file: string;
  part: string;
  maxDepth: number;
}

function canonical(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : uri ? `{${uri}}${local}` : local;
}

export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseXml(xml: string, handlers: XmlHandlers, context: XmlContext): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  const names: string[] = [];
  parser.on('doctype', () => {
    throw readErrors.unsafeXml(context.file, context.part);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++depth > context.maxDepth) {
      throw readErrors.damaged(
        context.file,
        `${context.part} 的层次嵌套超过 ${context.maxDepth} 层`,
      );
    }
    const attributes: Attributes = {};
    for (const key in tag.attributes) {
      const attribute = tag.attributes[key];
      attributes[canonical(attribute.uri, attribute.local)] = attribute.value;
    }
    const name = canonical(tag.uri, tag.local);
    names.push(name);
    handlers.open(name, attributes);
  });
  parser.on('closetag', () => {
    depth--;
    handlers.close(names.pop() ?? '');
  });
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DrafterError) throw error;
    throw readErrors.damaged(context.file, `${context.part} 不是有效的 XML`, error);
  }
}
