// A template plus the metadata from the new-document form gives the starting draft; later
// metadata edits carry through to the title and the signature (applyMeta).

import type { Template } from '../api';
import {
  DRAFT_FORMAT_VERSION,
  PERIODS,
  type Block,
  type DocType,
  type Draft,
  type DraftMeta,
  type Period,
} from '../model';
import { fillPlaceholders, type PlaceholderMeta } from '../snippets/placeholders';

export type NewDraftMeta = Partial<Omit<DraftMeta, 'docType' | 'template'>>;

/** Title patterns for drafts that don't name their template (imported ones), by document type. */
const DEFAULT_TITLE: Partial<Record<DocType, string>> = {
  summary: '{单位}{年度}年{期间}工作总结',
  plan: '{单位}{年度}年工作要点',
  debrief: '{年度}年度个人述职报告',
  report: '{单位}关于{年度}年{期间}工作情况的报告',
};

function signaturePattern(docType: DocType, template?: Pick<Template, 'signaturePattern'>) {
  return template?.signaturePattern ?? (docType === 'debrief' ? '{姓名}' : '{单位}');
}

function asPeriod(value: string | null | undefined): Period {
  return PERIODS.find((p) => p === value) ?? null;
}

const title = (pattern: string, meta: PlaceholderMeta) =>
  fillPlaceholders(pattern, meta, { missing: 'drop' });

export function draftFromTemplate(template: Template, input: NewDraftMeta = {}): Draft {
  const base: DraftMeta = {
    title: '',
    unit: input.unit ?? '',
    year: input.year ?? null,
    period: input.period !== undefined ? input.period : asPeriod(template.period),
    date: input.date ?? '',
    docType: template.docType,
    template: template.id,
    ...(input.author ? { author: input.author } : {}),
    ...(input.issuer ? { issuer: input.issuer } : {}),
  };
  const meta: DraftMeta = {
    ...base,
    title: input.title || title(template.titlePattern, base),
  };
  const recipient = input.recipient ?? template.recipient;
  if (recipient) meta.recipient = fillPlaceholders(recipient, meta);

  const fill = (text: string) => fillPlaceholders(text, meta);
  const blocks: Block[] = [{ type: 'paragraph', text: fill(template.preamble) }];
  for (const section of template.sections) {
    blocks.push({
      type: 'heading',
      level: 1,
      text: fill(section.title),
      kinds: [...section.kinds],
    });
    if (section.subsections?.length) {
      for (const sub of section.subsections) {
        blocks.push({ type: 'heading', level: 2, text: fill(sub.title) });
        blocks.push({ type: 'paragraph', text: '', guide: sub.guide });
      }
    } else {
      blocks.push({ type: 'paragraph', text: '', guide: section.guide });
    }
  }
  if (template.closing) blocks.push({ type: 'paragraph', text: fill(template.closing) });

  return {
    version: DRAFT_FORMAT_VERSION,
    meta,
    blocks,
    signature: {
      unit: title(signaturePattern(template.docType, template), meta),
      date: meta.date,
    },
  };
}

/** Replaces what the old metadata put into a title the user has reworded. */
function substitute(text: string, before: DraftMeta, after: DraftMeta): string {
  let out = text;
  if (before.unit && after.unit !== before.unit) out = out.split(before.unit).join(after.unit);
  if (before.year !== null && after.year !== null && after.year !== before.year) {
    out = out.split(`${before.year}年`).join(`${after.year}年`);
  }
  if (before.period && after.period && after.period !== before.period) {
    out = out.split(before.period).join(after.period);
  }
  if (before.author && after.author && after.author !== before.author) {
    out = out.split(before.author).join(after.author);
  }
  return out;
}

/**
 * The draft with new metadata: a title still as generated (or empty) is generated again, a
 * reworded title gets the old unit, year and period replaced; the signature follows where it
 * still shows the old values. An explicit `title` in the change wins.
 */
export function applyMeta(
  draft: Draft,
  change: Partial<DraftMeta>,
  template?: Pick<Template, 'titlePattern' | 'signaturePattern'>,
): Draft {
  const before = draft.meta;
  const after: DraftMeta = { ...before, ...change };
  if (change.title === undefined) {
    const pattern = template?.titlePattern ?? DEFAULT_TITLE[after.docType];
    const generated = pattern ? title(pattern, before) : null;
    if (pattern && (!before.title || before.title === generated)) {
      after.title = title(pattern, after);
    } else {
      after.title = substitute(before.title, before, after);
    }
  }

  let signature = draft.signature;
  if (signature) {
    const pattern = signaturePattern(after.docType, template);
    const oldUnit = title(pattern, before);
    signature = {
      unit:
        !signature.unit || signature.unit === oldUnit
          ? title(pattern, after)
          : substitute(signature.unit, before, after),
      date: !signature.date || signature.date === before.date ? after.date : signature.date,
    };
  }
  return { ...draft, meta: after, signature };
}

/**
 * The template texts (preamble, section and subsection titles, closing) whose filled form changes
 * with the metadata: `上半年工作开展情况` → `下半年工作开展情况` when 期间 changes. The editor
 * replaces a block's text only where it still equals `from`, so the user's own wording stays.
 */
export function templateTextChanges(
  template: Template,
  before: DraftMeta,
  after: DraftMeta,
): { from: string; to: string }[] {
  const texts = [
    template.preamble,
    ...template.sections.flatMap((s) => [s.title, ...(s.subsections ?? []).map((x) => x.title)]),
    ...(template.closing ? [template.closing] : []),
  ];
  const changes: { from: string; to: string }[] = [];
  for (const text of texts) {
    const from = fillPlaceholders(text, before);
    const to = fillPlaceholders(text, after);
    if (from !== to && !changes.some((c) => c.from === from)) changes.push({ from, to });
  }
  return changes;
}
