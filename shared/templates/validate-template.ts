// Templates are data (templates/*.json) that users or colleagues may edit by hand, so a file is
// checked field by field and every problem is reported in Chinese with where it is.

import type { Template, TemplateSection } from '../api';
import { DOC_TYPES, SECTION_KINDS, type DocType, type SectionKind } from '../model';

export type TemplateCheck = { ok: true; template: Template } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function checkSection(raw: unknown, where: string, problems: string[]): TemplateSection | null {
  if (!isObject(raw)) {
    problems.push(`${where}不是对象`);
    return null;
  }
  const before = problems.length;
  if (!nonEmpty(raw.title)) problems.push(`${where}缺少标题（title）`);
  if (!nonEmpty(raw.guide)) problems.push(`${where}缺少写作提示（guide）`);
  const kinds = raw.kinds;
  if (!Array.isArray(kinds) || kinds.length === 0) {
    problems.push(`${where}缺少类别（kinds）`);
  } else {
    for (const kind of kinds) {
      if (!SECTION_KINDS.includes(kind as SectionKind)) {
        problems.push(`${where}的类别“${String(kind)}”无效，应为 ${SECTION_KINDS.join('、')} 之一`);
      }
    }
  }
  let subsections: TemplateSection['subsections'];
  if (raw.subsections !== undefined) {
    if (!Array.isArray(raw.subsections)) {
      problems.push(`${where}的小节（subsections）应为列表`);
    } else {
      subsections = [];
      raw.subsections.forEach((sub, i) => {
        const at = `${where}第 ${i + 1} 个小节`;
        if (!isObject(sub) || !nonEmpty(sub.title) || !nonEmpty(sub.guide)) {
          problems.push(`${at}需要标题（title）和写作提示（guide）`);
        } else subsections!.push({ title: sub.title, guide: sub.guide });
      });
    }
  }
  if (problems.length > before) return null;
  return {
    title: raw.title as string,
    kinds: kinds as SectionKind[],
    guide: raw.guide as string,
    ...(subsections ? { subsections } : {}),
  };
}

/** Checks parsed JSON against the Template shape; problems are phrased for the user. */
export function validateTemplate(raw: unknown): TemplateCheck {
  const problems: string[] = [];
  if (!isObject(raw)) return { ok: false, problems: ['内容不是一个模板对象'] };
  for (const field of ['id', 'name', 'description', 'titlePattern', 'preamble'] as const) {
    if (!nonEmpty(raw[field])) problems.push(`缺少字段 ${field} 或其内容为空`);
  }
  if (typeof raw.id === 'string' && !/^[a-z0-9-]+$/.test(raw.id)) {
    problems.push(`模板编号“${raw.id}”只能包含小写字母、数字和连字符`);
  }
  if (!DOC_TYPES.includes(raw.docType as DocType)) {
    problems.push(`文种（docType）“${String(raw.docType)}”无效，应为 ${DOC_TYPES.join('、')} 之一`);
  }
  if (raw.period !== null && raw.period !== undefined && !nonEmpty(raw.period)) {
    problems.push('期间（period）应为文字或 null');
  }
  for (const field of ['signaturePattern', 'recipient', 'closing'] as const) {
    if (raw[field] !== undefined && !nonEmpty(raw[field])) {
      problems.push(`字段 ${field} 应为非空文字`);
    }
  }
  const sections: TemplateSection[] = [];
  if (!Array.isArray(raw.sections) || raw.sections.length === 0) {
    problems.push('缺少章节（sections）');
  } else {
    raw.sections.forEach((s, i) => {
      const section = checkSection(s, `第 ${i + 1} 个章节`, problems);
      if (section) sections.push(section);
    });
  }
  const categories = raw.snippetCategories;
  if (!Array.isArray(categories) || !categories.every(nonEmpty)) {
    problems.push('常用语类别（snippetCategories）应为文字列表');
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    template: {
      id: raw.id as string,
      name: raw.name as string,
      docType: raw.docType as DocType,
      description: raw.description as string,
      titlePattern: raw.titlePattern as string,
      period: (raw.period as string | null | undefined) ?? null,
      preamble: raw.preamble as string,
      sections,
      snippetCategories: categories as string[],
      ...(raw.signaturePattern ? { signaturePattern: raw.signaturePattern as string } : {}),
      ...(raw.recipient ? { recipient: raw.recipient as string } : {}),
      ...(raw.closing ? { closing: raw.closing as string } : {}),
    },
  };
}
