import { describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/api';
import {
  applyMeta,
  draftFromTemplate,
  templateTextChanges,
} from '../../../shared/templates/draft-from-template';
import type { HeadingBlock, ParagraphBlock } from '../../../shared/model';

const template: Template = {
  id: 'half-year-summary',
  name: '上半年工作总结',
  docType: 'summary',
  description: '测试用',
  titlePattern: '{单位}{年度}年{期间}工作总结',
  period: '上半年',
  preamble: '{年度}年{期间}，{单位}各项工作进展顺利。',
  sections: [
    { title: '{期间}工作开展情况', kinds: ['work', 'results'], guide: '写做法和成效' },
    {
      title: '主要做法',
      kinds: ['work'],
      guide: '分项写',
      subsections: [
        { title: '抓好主动公开', guide: '写公开情况' },
        { title: '加强平台建设', guide: '写平台情况' },
      ],
    },
    { title: '下半年工作打算', kinds: ['plans'], guide: '写打算' },
  ],
  snippetCategories: ['开头语'],
  closing: '特此报告。',
};

const meta = { unit: '某县民政局', year: 2024, date: '2024年7月10日' };

describe('draftFromTemplate', () => {
  const draft = draftFromTemplate(template, meta);

  it('builds the title and the signature from the metadata', () => {
    expect(draft.meta.title).toBe('某县民政局2024年上半年工作总结');
    expect(draft.meta.period).toBe('上半年');
    expect(draft.meta.template).toBe('half-year-summary');
    expect(draft.signature).toEqual({ unit: '某县民政局', date: '2024年7月10日' });
  });

  it('opens with the filled preamble and closes with the closing paragraph', () => {
    expect(draft.blocks[0]).toEqual({
      type: 'paragraph',
      text: '2024年上半年，某县民政局各项工作进展顺利。',
    });
    expect(draft.blocks.at(-1)).toEqual({ type: 'paragraph', text: '特此报告。' });
  });

  it('gives each section a heading with its kinds and an empty paragraph carrying the guide', () => {
    const headings = draft.blocks.filter((b): b is HeadingBlock => b.type === 'heading');
    expect(headings.map((h) => `${h.level}:${h.text}`)).toEqual([
      '1:上半年工作开展情况',
      '1:主要做法',
      '2:抓好主动公开',
      '2:加强平台建设',
      '1:下半年工作打算',
    ]);
    expect(headings[0].kinds).toEqual(['work', 'results']);
    const guides = draft.blocks
      .filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.text === '')
      .map((b) => b.guide);
    expect(guides).toEqual(['写做法和成效', '写公开情况', '写平台情况', '写打算']);
  });

  it('signs a debrief with the person rather than the unit', () => {
    const debrief = draftFromTemplate(
      {
        ...template,
        docType: 'debrief',
        signaturePattern: '{姓名}',
        titlePattern: '{年度}年度个人述职报告',
      },
      { ...meta, author: '王某某' },
    );
    expect(debrief.signature?.unit).toBe('王某某');
    expect(debrief.meta.title).toBe('2024年度个人述职报告');
  });

  it('lets the form override the default period', () => {
    expect(draftFromTemplate(template, { ...meta, period: '第三季度' }).meta.title).toBe(
      '某县民政局2024年第三季度工作总结',
    );
  });
});

describe('applyMeta', () => {
  const draft = draftFromTemplate(template, meta);

  it('regenerates a title and signature the user has not touched', () => {
    const next = applyMeta(
      draft,
      { unit: '某县财政局', year: 2025, date: '2025年7月3日' },
      template,
    );
    expect(next.meta.title).toBe('某县财政局2025年上半年工作总结');
    expect(next.signature).toEqual({ unit: '某县财政局', date: '2025年7月3日' });
    expect(draft.meta.title).toBe('某县民政局2024年上半年工作总结');
  });

  it('replaces only the old values in a title the user reworded', () => {
    const reworded = {
      ...draft,
      meta: { ...draft.meta, title: '某县民政局2024年上半年社会救助工作总结' },
    };
    const next = applyMeta(
      reworded,
      { unit: '某区民政局', year: 2025, period: '下半年' },
      template,
    );
    expect(next.meta.title).toBe('某区民政局2025年下半年社会救助工作总结');
  });

  it('keeps a signature date the user changed by hand', () => {
    const edited = { ...draft, signature: { unit: '某县民政局', date: '2024年7月12日' } };
    const next = applyMeta(edited, { date: '2024年7月15日' }, template);
    expect(next.signature?.date).toBe('2024年7月12日');
  });

  it('works from the document type when the template is not at hand', () => {
    const next = applyMeta(draft, { year: 2026 });
    expect(next.meta.title).toBe('某县民政局2026年上半年工作总结');
  });

  it('takes an explicit title as the user wrote it', () => {
    expect(applyMeta(draft, { title: '自拟标题', unit: '某局' }).meta.title).toBe('自拟标题');
  });
});

describe('templateTextChanges', () => {
  const before = draftFromTemplate(template, meta).meta;

  it('lists the generated texts a metadata change rewrites, old and new', () => {
    const after = { ...before, period: '下半年' as const };
    expect(templateTextChanges(template, before, after)).toEqual([
      {
        from: '2024年上半年，某县民政局各项工作进展顺利。',
        to: '2024年下半年，某县民政局各项工作进展顺利。',
      },
      { from: '上半年工作开展情况', to: '下半年工作开展情况' },
    ]);
  });

  it('lists nothing when the change does not touch any template text', () => {
    expect(templateTextChanges(template, before, { ...before, date: '2024年7月20日' })).toEqual([]);
  });
});
