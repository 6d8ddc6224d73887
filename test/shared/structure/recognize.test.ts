import { describe, expect, it } from 'vitest';
import type { Block, Draft } from '../../../shared/model';
import type { RawParagraph } from '../../../shared/raw';
import { recognize } from '../../../shared/structure';

function read(...lines: (string | RawParagraph)[]): Draft[] {
  const paragraphs = lines.map((l) => (typeof l === 'string' ? { text: l } : l));
  return recognize({ format: 'docx', paragraphs, notices: [] });
}

function one(...lines: (string | RawParagraph)[]): Draft {
  const drafts = read(...lines);
  expect(drafts).toHaveLength(1);
  return drafts[0];
}

/** `2H （一）text` for headings, `2L （一）lead。` for run-in headings, `P text` for the rest */
function shape(blocks: Block[]): string[] {
  return blocks.map((b) => {
    if (b.type === 'heading') return `${b.level}H ${b.marker ?? ''}${b.text}`;
    if (b.type === 'paragraph' && b.lead) {
      return `${b.lead.level}L ${b.lead.marker ?? ''}${b.lead.text}${b.lead.punct ?? '。'}`;
    }
    if (b.type === 'paragraph') return `${b.role === 'attachment' ? 'A' : 'P'} ${b.text}`;
    return `T ${b.rows.length}`;
  });
}

const PREAMBLE = '今年以来，我局在县委、县政府的领导下扎实推进各项工作，现将有关情况报告如下：';

describe('title, issuer and salutation', () => {
  it('joins a title broken over two lines and takes the unit line above it as the issuer', () => {
    const d = one(
      'XX县卫生健康委员会',
      '关于2023年上半年安全生产',
      '工作情况的报告',
      '县委、县政府：',
      PREAMBLE,
      '一、基本情况',
      '全县共有医疗机构120家。',
    );
    expect(d.meta).toMatchObject({
      title: '关于2023年上半年安全生产工作情况的报告',
      issuer: 'XX县卫生健康委员会',
      recipient: '县委、县政府：',
      docType: 'report',
      year: 2023,
      period: '上半年',
    });
    expect(shape(d.blocks)).toEqual([
      `P ${PREAMBLE}`,
      '1H 一、基本情况',
      'P 全县共有医疗机构120家。',
    ]);
  });

  it('takes a title out of its book-title marks', () => {
    const d = one('《XX镇2024年工作要点》', '2024年是关键之年。', '一、总体要求');
    expect(d.meta).toMatchObject({
      title: 'XX镇2024年工作要点',
      unit: 'XX镇',
      year: 2024,
      period: '全年',
      docType: 'plan',
    });
  });

  it('closes up a title spaced out by hand', () => {
    const d = one(
      '述　职　报　告',
      '各位领导：',
      '一年来，我认真履行职责。',
      '述职人：张明',
      '2024年1月5日',
    );
    expect(d.meta).toMatchObject({
      title: '述职报告',
      docType: 'debrief',
      recipient: '各位领导：',
    });
  });

  it('does not take a preamble sentence ending in a colon for a salutation', () => {
    const d = one('XX局2023年工作总结', '现将一年来的工作总结如下：', '一、主要工作');
    expect(d.meta.recipient).toBeUndefined();
    expect(shape(d.blocks)[0]).toBe('P 现将一年来的工作总结如下：');
  });

  it('takes `各位代表：` below a title as the salutation', () => {
    const d = one('XX镇2023年度述职报告', '各位代表：', '一年来，我认真履行职责。');
    expect(d.meta).toMatchObject({ recipient: '各位代表：', docType: 'debrief', period: '全年' });
  });

  it('joins a title set over two centred lines in title type', () => {
    const big = (text: string) => ({ text, alignment: 'center' as const, fontSize: 22 });
    const d = one(big('XX镇党委关于加强基层'), big('党组织建设的报告'), '现将有关情况报告如下。');
    expect(d.meta.title).toBe('XX镇党委关于加强基层党组织建设的报告');
    expect(d.meta.issuer).toBeUndefined();
  });

  it('takes an issuer in title type above the title as the issuer, not part of the title', () => {
    const big = (text: string) => ({ text, alignment: 'center' as const, fontSize: 22 });
    const d = one(
      big('XX县卫生健康委员会'),
      big('2023年上半年工作总结'),
      '上半年，我委扎实推进各项工作。',
    );
    expect(d.meta).toMatchObject({ title: '2023年上半年工作总结', issuer: 'XX县卫生健康委员会' });
  });

  it('does not take the red-letter header and file number of an official document for titles', () => {
    const big = (text: string) => ({ text, alignment: 'center' as const, fontSize: 26 });
    const drafts = read(
      big('XX县人民政府办公室文件'),
      { text: 'X政办〔2023〕12号', alignment: 'center' },
      big('关于做好2023年防汛工作的通知'),
      '各乡镇人民政府：',
      '为切实做好防汛工作，现就有关事项通知如下：',
      '一、提高认识',
    );
    expect(drafts.map((d) => d.meta.title)).toEqual(['关于做好2023年防汛工作的通知']);
    expect(drafts[0].meta.recipient).toBe('各乡镇人民政府：');
  });

  it('keeps a genre-less title on the first line when a report title comes later', () => {
    const drafts = read(
      'XX镇2023年工作亮点',
      '今年以来，我镇统筹推进各项工作。',
      '一、产业发展',
      '全年完成投资5亿元。',
      '二、基层治理',
      '矛盾纠纷调处率100%。',
      'XX镇2024年工作计划',
      '2024年，我镇将重点抓好以下工作。',
    );
    expect(drafts.map((d) => d.meta.title)).toEqual(['XX镇2023年工作亮点', 'XX镇2024年工作计划']);
    expect(shape(drafts[0].blocks)[0]).toBe('P 今年以来，我镇统筹推进各项工作。');
  });

  it('takes a centred large line as the title even without a genre word', () => {
    const d = one(
      { text: '乡村振兴这一年', alignment: 'center', fontSize: 22 },
      '一年来，我们做了以下工作。',
      '一、产业发展',
    );
    expect(d.meta.title).toBe('乡村振兴这一年');
  });
});

describe('heading levels', () => {
  it('puts `1、` at level 2 in a report that uses only `一、` and `1、`', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '1、加强学习',
      '2、改进作风',
      '二、下步打算',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、主要工作',
      '2H 1、加强学习',
      '2H 2、改进作风',
      '1H 二、下步打算',
    ]);
  });

  it('keeps the GB/T levels where the document uses the standard order', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '（一）组织建设',
      '1.健全机构',
      '（1）调整领导小组',
      '(2)明确分工',
      '2．完善制度',
      '(二)业务工作',
      '二、下步打算',
    );
    expect(d.blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([
      1, 2, 3, 4, 4, 3, 2, 1,
    ]);
  });

  it('gives `1.` the level of its place where one section skips `（一）` and the next does not', () => {
    const d = one(
      'XX县总工会2023年帮扶工作总结',
      '一、帮扶任务',
      '1.继续做好单位包村工作。全面落实职责。',
      '2.继续做好干部包户工作。',
      '二、帮扶措施',
      '（一）落实方针政策方面',
      '1.及时传达学习新部署',
      '2.落实“四不摘”要求',
      '（二）落实主体责任方面',
      '1.做好走访工作',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、帮扶任务',
      '2L 1.继续做好单位包村工作。',
      '2H 2.继续做好干部包户工作。',
      '1H 二、帮扶措施',
      '2H （一）落实方针政策方面',
      '3H 1.及时传达学习新部署',
      '3H 2.落实“四不摘”要求',
      '2H （二）落实主体责任方面',
      '3H 1.做好走访工作',
    ]);
  });

  it('puts `一、` under `第一部分` where a report is divided into parts', () => {
    const d = one(
      'XX县2024年工作要点',
      '第一部分 总体要求',
      '一、指导思想',
      '第二部分 重点任务',
      '一、稳增长',
      '（一）扩大有效投资',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 第一部分总体要求',
      '2H 一、指导思想',
      '1H 第二部分重点任务',
      '2H 一、稳增长',
      '3H （一）扩大有效投资',
    ]);
  });

  it('makes a document that opens with `（一）` start at level 1', () => {
    const d = one('2023年上半年土壤污染防治工作总结', '（一）加强源头防控', '（二）强化监管');
    expect(shape(d.blocks)).toEqual(['1H （一）加强源头防控', '1H （二）强化监管']);
  });

  it('reads levels from Word numbering labels and keeps the label as the marker', () => {
    const d = one(
      'XX局2023年工作总结',
      { text: '主要工作', numbering: '一、', numberingLevel: 0 },
      { text: '组织建设', numbering: '（一）', numberingLevel: 1 },
      { text: '健全机构。调整了领导小组。', numbering: '1.', numberingLevel: 2 },
      { text: '下步打算', numbering: '二、', numberingLevel: 0 },
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、主要工作',
      '2H （一）组织建设',
      '3L 1.健全机构。',
      '1H 二、下步打算',
    ]);
  });

  it('shows a number typed again after Word numbering only once', () => {
    const d = one('XX局2023年工作总结', {
      text: '一、基本情况',
      numbering: '一、',
      numberingLevel: 0,
    });
    expect(shape(d.blocks)).toEqual(['1H 一、基本情况']);
  });

  it('keeps Word list labels of other kinds as numbered items with their label', () => {
    const d = one(
      'XX局2023年工作总结',
      { text: '组织保障', numbering: '甲、', numberingLevel: 0 },
      { text: '12', numbering: '乙、', numberingLevel: 0 },
      { text: '要点一', numbering: '•', numberingLevel: 0 },
    );
    expect(shape(d.blocks)).toEqual(['1H 甲、组织保障', '1H 乙、12', 'P 要点一']);
  });

  it('reads levels from heading styles and outline levels when the text has no number', () => {
    const d = one(
      'XX局2023年工作总结',
      { text: '主要工作', style: 'heading 1' },
      { text: '组织建设', style: 'heading 2' },
      '调整了领导小组。',
      { text: '存在问题', outlineLevel: 0 },
      { text: '人员不足。', outlineLevel: 9 },
    );
    expect(shape(d.blocks)).toEqual([
      '1H 主要工作',
      '2H 组织建设',
      'P 调整了领导小组。',
      '1H 存在问题',
      'P 人员不足。',
    ]);
    expect(d.blocks[3]).toMatchObject({ kinds: ['problems'] });
  });

  it('takes a short unnumbered line followed by numbered items as their heading', () => {
    const d = one(
      '2023年上半年大气污染防治工作总结',
      '重点工作完成情况',
      '（一）空气质量。改善明显。',
    );
    expect(shape(d.blocks)).toEqual(['1H 重点工作完成情况', '2L （一）空气质量。']);
  });

  it('takes short phrases standing alone above running text as headings (.doc lost their styles)', () => {
    const d = one(
      'XX县市场监督管理局2023年工作总结',
      '2023年，我局扎实推进各项工作，现总结如下：',
      '主要工作及成效',
      '优化营商环境',
      '全年新增市场主体3520户，同比增长12.5%。',
      '存在的问题',
      '一是监管力量不足。二是信息化水平不高。',
      '2024年工作打算',
      '(一)持续优化营商环境。进一步压缩开办时间。',
    );
    expect(shape(d.blocks)).toEqual([
      'P 2023年，我局扎实推进各项工作，现总结如下：',
      '1H 主要工作及成效',
      '1H 优化营商环境',
      'P 全年新增市场主体3520户，同比增长12.5%。',
      '1H 存在的问题',
      'P 一是监管力量不足。二是信息化水平不高。',
      '1H 2024年工作打算',
      '2L (一)持续优化营商环境。',
    ]);
  });

  it('nests a heading that stands alone inside a numbered section under that section', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '优化营商环境',
      '全年新增市场主体3520户，同比增长12.5%。',
      '二、存在问题',
      '监管力量不足。',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、主要工作',
      '2H 优化营商环境',
      'P 全年新增市场主体3520户，同比增长12.5%。',
      '1H 二、存在问题',
      'P 监管力量不足。',
    ]);
  });

  it('leaves short unnumbered lines as body text when no running text or numbered item follows', () => {
    const d = one('XX局2023年工作总结', '一、主要工作', '成效明显', '全年完成投资5亿元', '张明');
    expect(shape(d.blocks)).toEqual([
      '1H 一、主要工作',
      'P 成效明显',
      'P 全年完成投资5亿元',
      'P 张明',
    ]);
  });
});

describe('run-in headings and body text', () => {
  it('splits a numbered line whose first sentence is followed by more text into lead and body', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、工作开展情况',
      '（一）优抚工作。1-6月份，累计发放资金1567万元。',
    );
    expect(d.blocks[1]).toEqual({
      type: 'paragraph',
      text: '1-6月份，累计发放资金1567万元。',
      lead: { level: 2, text: '优抚工作', marker: '（一）' },
    });
  });

  it('keeps the punctuation of a run-in heading that does not end in a full stop', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、存在问题',
      '（一）主动公开目录：1.信息发布不及时；2.解读不够。',
    );
    expect(d.blocks[1]).toMatchObject({
      text: '1.信息发布不及时；2.解读不够。',
      lead: { level: 2, text: '主动公开目录', punct: '：' },
    });
  });

  it('keeps a numbered line of one sentence as a heading, with its text as written', () => {
    const d = one('XX局2023年工作总结', '一、主要工作', '（一）扎实推进农村污染治理工作。');
    expect(d.blocks[1]).toEqual({
      type: 'heading',
      level: 2,
      text: '扎实推进农村污染治理工作。',
      marker: '（一）',
    });
  });

  it('leaves `一是……二是……` as body text', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '一是加强领导。二是健全机制。',
      '二是落实责任。',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、主要工作',
      'P 一是加强领导。二是健全机制。',
      'P 二是落实责任。',
    ]);
  });

  it('splits a heading typed at the end of the paragraph before it', () => {
    const d = one(
      '关于举办2023年业务培训班的通知',
      '各乡镇：',
      '为提高业务水平，经研究决定举办培训班，现将有关事项通知如下：一、培训时间',
      '2023年7月1日至3日。',
      '二、培训地点',
      '县委党校。',
    );
    expect(shape(d.blocks)).toEqual([
      'P 为提高业务水平，经研究决定举办培训班，现将有关事项通知如下：',
      '1H 一、培训时间',
      'P 2023年7月1日至3日。',
      '1H 二、培训地点',
      'P 县委党校。',
    ]);
    expect(d.meta.docType).toBe('notice');
  });

  it('splits a later heading glued on once the list has begun, but not one that begins nowhere', () => {
    const d = one(
      '关于举办2023年业务培训班的通知',
      '一、培训时间',
      '2023年7月1日至3日。二、培训地点',
      '县委党校。',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、培训时间',
      'P 2023年7月1日至3日。',
      '1H 二、培训地点',
      'P 县委党校。',
    ]);
    const text = '全年召开会议12次。三、其他';
    expect(shape(one('XX局2023年工作总结', text).blocks)).toEqual([`P ${text}`]);
  });

  it('leaves an enumeration inside a paragraph whole, even after headings of its kind', () => {
    const text = '主要表现在：一、内容不够丰富。二、更新不及时。三、信息质量不高。';
    const d = one('XX镇2023年工作总结', '一、主要工作', '二、存在问题', text);
    expect(shape(d.blocks)).toEqual(['1H 一、主要工作', '1H 二、存在问题', `P ${text}`]);
  });

  it('does not split an inline list off the paragraph it belongs to', () => {
    const text = '存在的问题主要有：1.信息发布不及时；2.解读形式单一。';
    const d = one('XX局2023年工作总结', '一、存在问题', text);
    expect(shape(d.blocks)).toEqual(['1H 一、存在问题', `P ${text}`]);
  });

  it('marks attachment lines and never takes their numbers for headings', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '全年完成投资5亿元。',
      '附件：1. 重点项目清单',
      '2. 资金使用情况表',
      'XX县发展和改革委员会',
      '2023年12月29日',
    );
    expect(shape(d.blocks)).toEqual([
      '1H 一、主要工作',
      'P 全年完成投资5亿元。',
      'A 附件：1. 重点项目清单',
      'A 2. 资金使用情况表',
    ]);
    expect(d.signature).toEqual({ unit: 'XX县发展和改革委员会', date: '2023年12月29日' });
  });

  it('does not take a sentence that mentions an attachment for an attachment line', () => {
    const d = one('XX局2023年工作总结', '一、主要工作', '具体数据见附件。');
    expect(shape(d.blocks)).toEqual(['1H 一、主要工作', 'P 具体数据见附件。']);
  });

  it('keeps tables as table blocks', () => {
    const rows = [
      ['项目', '金额'],
      ['道路', '300万元'],
    ];
    const d = one('XX局2023年工作总结', '一、主要工作', { text: '', table: rows });
    expect(d.blocks[1]).toEqual({ type: 'table', rows });
  });
});

describe('signature and date', () => {
  const body = ['XX县总工会2023年上半年工作总结', '一、主要工作', '全年走访困难职工50户。'];

  it.each([
    ['2023年6月29日'],
    ['2023年6月'],
    ['二〇二三年六月二十九日'],
    ['2019.1.2'],
    ['2017/12/12'],
    ['2023 年 6 月 29 日'],
  ])('finds the unit and the date written as %s', (date) => {
    const d = one(...body, 'XX县总工会', date);
    expect(d.signature).toEqual({ unit: 'XX县总工会', date: date.replace(/\s/g, '') });
    expect(d.meta.date).toBe(date.replace(/\s/g, ''));
    expect(shape(d.blocks)).toHaveLength(2);
  });

  it('finds a signature pushed right by spaces, tabs or alignment', () => {
    const d = one(
      ...body,
      { text: 'XX县总工会', pushedRight: true },
      { text: '2023年6月15日', alignment: 'right' },
    );
    expect(d.signature).toEqual({ unit: 'XX县总工会', date: '2023年6月15日' });
    const tabbed = one(...body, '\t\t\tXX县总工会', '\u3000\u3000\u3000\u30002023年6月15日');
    expect(tabbed.signature).toEqual({ unit: 'XX县总工会', date: '2023年6月15日' });
  });

  it('looks past the 附注 and 版记 that follow the signature', () => {
    const d = one(
      ...body,
      'XX县总工会',
      '2023年6月15日',
      '（此件公开发布）',
      '抄送：县委办公室，县政府办公室。',
      'XX县总工会办公室 2023年6月15日印发',
    );
    expect(d.signature).toEqual({ unit: 'XX县总工会', date: '2023年6月15日' });
  });

  it('drops page numbers left in text copied from a PDF', () => {
    const d = one(...body.slice(0, 2), '- 1 -', '全年走访困难职工50户。', '— 2 —', '第2页 共3页');
    expect(shape(d.blocks)).toEqual(['1H 一、主要工作', 'P 全年走访困难职工50户。']);
  });

  it('finds unit and date written on one line', () => {
    const d = one(...body, 'XX县总工会        2023年6月15日');
    expect(d.signature).toEqual({ unit: 'XX县总工会', date: '2023年6月15日' });
  });

  it('takes the name of a debrief writer as the signature and the author', () => {
    const d = one(
      '2023年度个人述职报告',
      '一年来，我认真履行职责。',
      '述职人：张明',
      '2024年1月5日',
    );
    expect(d.signature).toEqual({ unit: '张明', date: '2024年1月5日' });
    expect(d.meta.author).toBe('张明');
  });

  it('finds no signature where the report ends with body text that holds a date', () => {
    const d = one(...body, '2023年6月29日，召开党组会专题研究。');
    expect(d.signature).toBeNull();
    expect(d.meta.date).toBe('');
  });

  it('does not take a last sentence that lost its full stop for the signature unit', () => {
    const d = one(...body, '继续做好各项工作', '2023年6月29日');
    expect(d.signature).toEqual({ unit: '', date: '2023年6月29日' });
    expect(shape(d.blocks).at(-1)).toBe('P 继续做好各项工作');
  });

  it('takes a short name or a right-aligned line above the date as the signature', () => {
    expect(one(...body, '张明', '2024年1月5日').signature?.unit).toBe('张明');
    const right = one(...body, { text: '第三网格党支部书记', alignment: 'right' }, '2024年1月5日');
    expect(right.signature?.unit).toBe('第三网格党支部书记');
  });

  it('does not take a closing formula for the signature unit', () => {
    const d = one(...body, '特此报告', '2023年6月29日');
    expect(d.signature).toEqual({ unit: '', date: '2023年6月29日' });
    expect(shape(d.blocks).at(-1)).toBe('P 特此报告');
  });

  it('does not take a short last line of body text for a signature unless it is pushed right', () => {
    expect(one(...body, '成效明显').signature).toBeNull();
    expect(one(...body, { text: 'XX县总工会', alignment: 'right' }).signature).toEqual({
      unit: 'XX县总工会',
      date: '',
    });
  });
});

describe('compilations and what is not a report', () => {
  it('splits reports that follow each other, leaving the cover and table of contents out', () => {
    const drafts = read(
      '2023年工作总结汇编（2篇）',
      '目录',
      'XX镇2023年工作总结\t1',
      'XX乡2023年工作总结\t5',
      'XX镇2023年工作总结',
      '一、主要工作',
      '全镇完成投资5亿元。',
      'XX乡2023年工作总结',
      '一、主要工作',
      '全乡完成投资3亿元。',
    );
    expect(drafts.map((d) => d.meta.title)).toEqual(['XX镇2023年工作总结', 'XX乡2023年工作总结']);
    expect(drafts.map((d) => shape(d.blocks))).toEqual([
      ['1H 一、主要工作', 'P 全镇完成投资5亿元。'],
      ['1H 一、主要工作', 'P 全乡完成投资3亿元。'],
    ]);
  });

  it("leaves out Word's table of contents with its numbered entries", () => {
    const d = one(
      'XX局2023年工作总结',
      '目  录',
      '一、基本情况………………………1',
      { text: '二、主要做法\t2', style: 'toc 1' },
      { text: '（一）加强领导', style: 'TOC 2' },
      '一、基本情况',
      '全局共有干部职工58人。',
    );
    expect(shape(d.blocks)).toEqual(['1H 一、基本情况', 'P 全局共有干部职工58人。']);
  });

  it('leaves out a table of contents that has no page numbers', () => {
    const drafts = read(
      '目录',
      'XX镇2023年工作总结',
      'XX乡2023年工作总结',
      'XX镇2023年工作总结',
      '一、主要工作',
      '全镇完成投资5亿元。',
      'XX乡2023年工作总结',
      '一、主要工作',
      '全乡完成投资3亿元。',
    );
    expect(drafts.map((d) => [d.meta.title, shape(d.blocks).length])).toEqual([
      ['XX镇2023年工作总结', 2],
      ['XX乡2023年工作总结', 2],
    ]);
  });

  it('does not start a new report at a section named like a plan inside a report', () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '全年完成投资5亿元。',
      '2024年工作计划',
      '（一）加强学习。提高能力。',
    );
    // under `一、` it opens its own sub-section, with its items one level further down
    expect(shape(d.blocks).slice(2)).toEqual(['2H 2024年工作计划', '3L （一）加强学习。']);
  });

  it("drops a vendor's advertisement at the end of a file", () => {
    const d = one(
      'XX局2023年工作总结',
      '一、主要工作',
      '全年完成投资5亿元。',
      '【某某素材库】——每天更新材料，有意加入请联系客服',
      '欢迎加入素材库会员，添加客服微信',
    );
    expect(shape(d.blocks)).toEqual(['1H 一、主要工作', 'P 全年完成投资5亿元。']);
  });

  it('keeps a last paragraph that only mentions members and WeChat', () => {
    const text = '通过微信公众号发展会员120人。';
    const d = one('XX县总工会2023年工作总结', '一、主要工作', text);
    expect(shape(d.blocks).at(-1)).toBe(`P ${text}`);
  });

  it('reads a file without any title as one draft with an empty title', () => {
    const d = one('今年以来，我们做了大量工作，取得了明显成效。', '下一步，我们将继续努力。');
    expect(d.meta.title).toBe('');
    expect(d.blocks).toHaveLength(2);
  });
});

describe('bad input', () => {
  // Patterns that backtrack over long runs turn a malformed file into a hang; these finish in
  // milliseconds when the patterns are linear and would take minutes otherwise.
  it('reads pathological lines without stalling', { timeout: 20_000 }, () => {
    const cases = [
      ['XX局2023年工作总结', ' '.repeat(50_000) + 'x' + ' '.repeat(50_000) + 'y'],
      ['XX局2023年工作总结', '\t'.repeat(50_000) + '1'.repeat(10) + 'x'],
      ['XX局2023年工作总结', '一、' + '很长的句子，'.repeat(50_000)],
      ['x', '：'.repeat(50_000) + '一、培训', '“'.repeat(50_000)],
      Array.from({ length: 5_000 }, (_, i) => `XX镇${2000 + (i % 50)}年工作总结`),
    ];
    for (const lines of cases) expect(read(...lines).length).toBeGreaterThan(0);
  });
});
