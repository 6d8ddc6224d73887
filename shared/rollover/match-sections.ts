// 往年参照: for each level-1 section of this year's draft, last year's section of the same kind,
// and for work and results sections also last year's plans, so the user can check what was
// planned against what was done.

import { blockHeadingLevel } from '../numbering';
import type { Block, Draft, SectionKind } from '../model';
import { sectionKindsOf } from '../structure/section-kinds';

/** A level-1 section as block indices [start, end): its heading and everything up to the next. */
export interface SectionRange {
  start: number;
  end: number;
}

export interface SectionMatch {
  /** this year's section */
  section: SectionRange;
  /** last year's section of the same kind (or the same heading), if any */
  same: SectionRange | null;
  /** for work and results sections: last year's plans section (下一步打算), if any */
  plans: SectionRange | null;
}

function headingText(block: Block): string {
  if (block.type === 'heading') return block.text;
  if (block.type === 'paragraph' && block.lead) return block.lead.text;
  return '';
}

export function sectionKinds(block: Block): SectionKind[] {
  if (block.type === 'heading' && block.kinds?.length) return block.kinds;
  // a run-in level-1 heading, or a heading recognition left without kinds
  return sectionKindsOf(headingText(block));
}

interface Section extends SectionRange {
  kinds: SectionKind[];
  text: string;
}

export function levelOneSections(draft: Draft): Section[] {
  const sections: Section[] = [];
  draft.blocks.forEach((block, i) => {
    if (blockHeadingLevel(block) !== 1) return;
    const last = sections[sections.length - 1];
    if (last) last.end = i;
    sections.push({
      start: i,
      end: draft.blocks.length,
      kinds: sectionKinds(block),
      text: headingText(block),
    });
  });
  return sections;
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return a === b && a !== '' ? 1 : 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

function range(section: Section | undefined): SectionRange | null {
  return section ? { start: section.start, end: section.end } : null;
}

export function matchSections(thisYear: Draft, lastYear: Draft): SectionMatch[] {
  const before = levelOneSections(lastYear);
  const plans = before.find((s) => s.kinds.includes('plans'));
  return levelOneSections(thisYear).map((section) => {
    let best: Section | undefined;
    let bestScore = 0;
    for (const candidate of before) {
      const sharedKinds = candidate.kinds.filter((k) => section.kinds.includes(k)).length;
      // a shared kind outweighs any wording; wording alone needs half the bigrams in common
      const score = sharedKinds + similarity(section.text, candidate.text);
      if (score > bestScore && (sharedKinds > 0 || score >= 0.5)) {
        best = candidate;
        bestScore = score;
      }
    }
    const checksPlans = section.kinds.some((k) => k === 'work' || k === 'results');
    return {
      section: { start: section.start, end: section.end },
      same: range(best),
      plans: checksPlans && plans !== best ? range(plans) : null,
    };
  });
}
