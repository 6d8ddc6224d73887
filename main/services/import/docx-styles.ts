// styles.xml: paragraph properties are looked up by style id but reported by style name, since
// Chinese Word saves `heading 1` under ids like `1` or `10` and WPS under others again. Properties
// follow the basedOn chain; a style that does not say inherits.

import type { Alignment } from '../../../shared/raw';
import { parseXml, type XmlContext } from './xml-events';

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  alignment?: Alignment;
  numId?: string;
  numLevel?: number;
  bold?: boolean;
  fontSize?: number;
}

export interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraphStyle?: string;
  defaultBold?: boolean;
  defaultFontSize?: number;
  defaultAlignment?: Alignment;
}

export function emptyStyles(): Styles {
  return { byId: new Map() };
}

export function toAlignment(value: string | undefined): Alignment | undefined {
  switch (value) {
    case 'left':
    case 'start':
      return 'left';
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
    case 'mediumKashida':
    case 'highKashida':
    case 'lowKashida':
    case 'thaiDistribute':
      return 'justify';
    default:
      return undefined;
  }
}

/** w:b, w:sz and friends: absent val means on; "0", "false", "off" mean off. */
export function onOff(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

export function halfPoints(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n / 2 : undefined;
}

export function parseStyles(xml: string, context: XmlContext): Styles {
  const styles = emptyStyles();
  let current: StyleDef | null = null;
  let inDefaults: 'r' | 'p' | null = null;
  const path: string[] = [];
  parseXml(
    xml,
    {
      open(name, a) {
        path.push(name);
        if (name === 'w:style') {
          current = { id: a['w:styleId'] ?? '', type: a['w:type'] ?? 'paragraph' };
          if (current.type === 'paragraph' && onOff(a['w:default']) && a['w:default'] !== undefined)
            styles.defaultParagraphStyle = current.id;
          return;
        }
        if (name === 'w:rPrDefault') inDefaults = 'r';
        if (name === 'w:pPrDefault') inDefaults = 'p';
        const target = current;
        if (target) {
          if (name === 'w:name') target.name = a['w:val'];
          else if (name === 'w:basedOn') target.basedOn = a['w:val'];
          else if (name === 'w:outlineLvl') target.outlineLevel = Number(a['w:val']);
          else if (name === 'w:jc' && path.at(-2) === 'w:pPr')
            target.alignment = toAlignment(a['w:val']);
          else if (name === 'w:numId' && path.includes('w:numPr')) target.numId = a['w:val'];
          else if (name === 'w:ilvl' && path.includes('w:numPr'))
            target.numLevel = Number(a['w:val']);
          else if (name === 'w:b' && path.at(-2) === 'w:rPr') target.bold = onOff(a['w:val']);
          else if (name === 'w:sz' && path.at(-2) === 'w:rPr')
            target.fontSize = halfPoints(a['w:val']);
        } else if (inDefaults === 'r') {
          if (name === 'w:b') styles.defaultBold = onOff(a['w:val']);
          else if (name === 'w:sz') styles.defaultFontSize = halfPoints(a['w:val']);
        } else if (inDefaults === 'p' && name === 'w:jc') {
          styles.defaultAlignment = toAlignment(a['w:val']);
        }
      },
      close(name) {
        path.pop();
        if (name === 'w:style' && current) {
          if (current.id && !styles.byId.has(current.id)) styles.byId.set(current.id, current);
          current = null;
        } else if (name === 'w:rPrDefault' || name === 'w:pPrDefault') inDefaults = null;
      },
      text() {},
    },
    context,
  );
  return styles;
}

/** The first value a style or one of its ancestors defines. */
export function inherited<T>(
  styles: Styles,
  styleId: string | undefined,
  get: (style: StyleDef) => T | undefined,
): T | undefined {
  const seen = new Set<string>();
  let id = styleId;
  while (id && !seen.has(id) && seen.size < 64) {
    seen.add(id);
    const style = styles.byId.get(id);
    if (!style) return undefined;
    const value = get(style);
    if (value !== undefined) return value;
    id = style.basedOn;
  }
  return undefined;
}

export function styleOutlineLevel(styles: Styles, styleId: string | undefined): number | undefined {
  const level = inherited(styles, styleId, (s) =>
    Number.isInteger(s.outlineLevel) ? s.outlineLevel : undefined,
  );
  if (level !== undefined) return level;
  // built-in headings carry their level even where styles.xml leaves out w:outlineLvl
  const name = inherited(styles, styleId, (s) => s.name);
  const match = name ? /^heading ([1-9])$/i.exec(name) : null;
  return match ? Number(match[1]) - 1 : undefined;
}
