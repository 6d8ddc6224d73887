// numbering.xml and Word's list counters: w:numPr → w:num → w:abstractNum (+ lvlOverride /
// startOverride), one counter per abstract list and level (lists that share an abstractNum continue
// each other's count unless an override restarts them), lvlText with %1..%9.

import { formatNumber } from './number-format';
import { parseXml, type XmlContext } from './xml-events';

export interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** restart after this (1-based) higher level; 0 = never; undefined = after any higher level */
  restart?: number;
  legal: boolean;
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumDef>;
}

export function emptyNumbering(): NumberingDefs {
  return { abstracts: new Map(), nums: new Map() };
}

function newLevel(): LevelDef {
  return { start: 1, format: 'decimal', text: '', legal: false };
}

export function parseNumbering(xml: string, context: XmlContext): NumberingDefs {
  const defs = emptyNumbering();
  let abstract: AbstractNum | null = null;
  let num: NumDef | null = null;
  let overrideLevel: number | null = null;
  let level: { ilvl: number; def: LevelDef } | null = null;
  let depthInLevelPPr = 0;
  parseXml(
    xml,
    {
      open(name, a) {
        if (name === 'w:abstractNum') {
          abstract = { levels: new Map() };
          defs.abstracts.set(a['w:abstractNumId'] ?? '', abstract);
        } else if (name === 'w:num') {
          num = { abstractId: '', overrides: new Map() };
          defs.nums.set(a['w:numId'] ?? '', num);
        } else if (name === 'w:abstractNumId' && num) num.abstractId = a['w:val'] ?? '';
        else if (name === 'w:lvlOverride' && num) {
          overrideLevel = Number(a['w:ilvl'] ?? 0);
          num.overrides.set(overrideLevel, {});
        } else if (name === 'w:startOverride' && num && overrideLevel !== null) {
          num.overrides.get(overrideLevel)!.start = Number(a['w:val'] ?? 0);
        } else if (name === 'w:numStyleLink' && abstract) abstract.numStyleLink = a['w:val'];
        else if (name === 'w:lvl') level = { ilvl: Number(a['w:ilvl'] ?? 0), def: newLevel() };
        else if (level && (name === 'w:pPr' || name === 'w:rPr')) depthInLevelPPr++;
        else if (level && depthInLevelPPr === 0) {
          const val = a['w:val'];
          if (name === 'w:start') level.def.start = Number(val ?? 1) || 0;
          else if (name === 'w:numFmt') level.def.format = val ?? 'decimal';
          else if (name === 'w:lvlText') level.def.text = val ?? '';
          else if (name === 'w:lvlRestart') level.def.restart = Number(val ?? 0);
          else if (name === 'w:isLgl') level.def.legal = val !== '0' && val !== 'false';
          else if (name === 'w:pStyle') level.def.pStyle = val;
        }
      },
      close(name) {
        if (name === 'w:lvl' && level) {
          if (num && overrideLevel !== null) num.overrides.get(overrideLevel)!.level = level.def;
          else if (abstract && !abstract.levels.has(level.ilvl))
            abstract.levels.set(level.ilvl, level.def);
          level = null;
        } else if (level && (name === 'w:pPr' || name === 'w:rPr')) depthInLevelPPr--;
        else if (name === 'w:abstractNum') abstract = null;
        else if (name === 'w:num') num = null;
        else if (name === 'w:lvlOverride') overrideLevel = null;
      },
      text() {},
    },
    context,
  );
  return defs;
}

/** Bullet glyphs Word stores in the Symbol/Wingdings private-use area, shown as a plain bullet. */
function bulletText(text: string): string {
  return /[\uf000-\uf0ff]/.test(text) || !text ? '•' : text;
}

/** Counts paragraphs through the lists of one document in reading order. */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly appliedOverrides = new Set<string>();

  constructor(
    private readonly defs: NumberingDefs,
    /** the numId a numbering style (w:numStyleLink) stands for */
    private readonly styleNumId: (styleId: string) => string | undefined,
  ) {}

  private abstractOf(num: NumDef): { id: string; abstract: AbstractNum } | undefined {
    let id = num.abstractId;
    let abstract = this.defs.abstracts.get(id);
    if (abstract?.numStyleLink) {
      const linked = this.defs.nums.get(this.styleNumId(abstract.numStyleLink) ?? '');
      const target = linked && this.defs.abstracts.get(linked.abstractId);
      if (linked && target && !target.numStyleLink) {
        id = linked.abstractId;
        abstract = target;
      }
    }
    return abstract ? { id, abstract } : undefined;
  }

  levelDef(numId: string, ilvl: number): LevelDef | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    return num.overrides.get(ilvl)?.level ?? this.abstractOf(num)?.abstract.levels.get(ilvl);
  }

  /** The label of the next paragraph in list `numId` at level `ilvl`, or undefined if none. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.defs.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const found = this.abstractOf(num);
    if (!found) return undefined;
    const level = Math.max(0, Math.min(8, ilvl | 0));
    const def = this.levelDef(numId, level);
    if (!def) return undefined;
    let counts = this.counters.get(found.id);
    if (!counts) {
      counts = [];
      this.counters.set(found.id, counts);
    }
    const overrideKey = `${numId}:${level}`;
    const override = num.overrides.get(level);
    if (override?.start !== undefined && !this.appliedOverrides.has(overrideKey)) {
      this.appliedOverrides.add(overrideKey);
      counts[level] = override.start - 1;
    }
    counts[level] = (counts[level] ?? def.start - 1) + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const deeperDef = this.levelDef(numId, deeper);
      // lvlRestart="0" keeps counting across higher levels; otherwise a higher level restarts it
      if (deeperDef?.restart === 0) continue;
      if (deeperDef?.restart !== undefined && deeperDef.restart < level + 1) continue;
      counts[deeper] = undefined;
    }
    if (def.format === 'bullet') return bulletText(def.text);
    return def.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const kDef = this.levelDef(numId, k);
      const value = counts[k] ?? kDef?.start ?? 1;
      const format = def.legal ? 'decimal' : (kDef?.format ?? 'decimal');
      return formatNumber(value, format);
    });
  }
}
