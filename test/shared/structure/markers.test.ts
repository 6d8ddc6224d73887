import { describe, expect, it } from 'vitest';
import { parseMarker, parseNumberingLabel } from '../../../shared/structure/markers';
import { splitFirstSentence } from '../../../shared/structure/sentence';

function markerOf(text: string) {
  const m = parseMarker(text);
  return m && { kind: m.marker.kind, value: m.marker.value, text: m.marker.text, rest: m.rest };
}

describe('heading number markers', () => {
  it.each([
    ['一、基本情况', 'cn', 1, '一、'],
    ['十二．工作措施', 'cn', 12, '十二．'],
    ['三.存在问题', 'cn', 3, '三.'],
    ['（一）优抚工作', 'cn-paren', 1, '（一）'],
    ['(二)双拥工作', 'cn-paren', 2, '(二)'],
    ['（三）、褒扬纪念', 'cn-paren', 3, '（三）、'],
    ['1.继续做好单位包村工作', 'arabic', 1, '1.'],
    ['2、建立健全制度', 'arabic', 2, '2、'],
    ['10．加强学习', 'arabic', 10, '10．'],
    ['（1）主动公开', 'arabic-paren', 1, '（1）'],
    ['(12)依申请公开', 'arabic-paren', 12, '(12)'],
    ['①制定计划', 'circled', 1, '①'],
    ['1.2 工作机制', 'decimal-2', 2, '1.2'],
    ['2.1.3 平台建设', 'decimal-3', 3, '2.1.3'],
    ['3）其他工作', 'arabic-half', 3, '3）'],
    ['第一部分 2023年工作回顾', 'part', 1, '第一部分'],
    ['第二章　总体要求', 'part', 2, '第二章'],
    ['第三节 保障措施', 'section', 3, '第三节'],
  ])('reads %s as a %s marker', (text, kind, value, marker) => {
    expect(markerOf(text)).toMatchObject({ kind, value, text: marker });
  });

  it('stores the text after the marker without the spaces typed after it', () => {
    expect(markerOf('一、　基本情况')?.rest).toBe('基本情况');
    expect(markerOf('（一） 优抚工作。1-6月份')?.rest).toBe('优抚工作。1-6月份');
  });

  it.each([
    ['一是加快旅游强镇发展。', 'an ordinal in running text'],
    ['1-6月份，累计发放资金', 'a range of months'],
    ['2023年上半年，全市PM2.5平均浓度', 'a year'],
    ['2.5万元用于修路', 'a quantity with a decimal point'],
    ['1.5倍于去年', 'a multiple'],
    ['一、二季度完成情况良好', 'a range of quarters'],
    ['2019.1.2', 'a date'],
    ['（一）', 'a marker with nothing after it'],
    ['第一季度乡镇得分', 'an ordinal word'],
    ['第一，要提高认识。', 'an ordinal in running text with a comma'],
    ['第一章', 'a chapter number with nothing after it'],
    ['12345便民服务热线', 'a phone line number'],
  ])('does not read %s as a heading number (%s)', (text) => {
    expect(parseMarker(text)).toBeNull();
  });

  it('reads Word numbering labels as markers of their kind', () => {
    expect(parseNumberingLabel('一、')).toMatchObject({ kind: 'cn', value: 1 });
    expect(parseNumberingLabel('（二）')).toMatchObject({ kind: 'cn-paren', value: 2 });
    expect(parseNumberingLabel('1.1.')).toMatchObject({ kind: 'decimal-2', value: 1 });
    expect(parseNumberingLabel('•')).toBeNull();
  });
});

describe('the first sentence of a numbered line', () => {
  it('splits a run-in heading from the body text after it', () => {
    expect(splitFirstSentence('优抚工作。1-6月份，累计发放资金')).toEqual({
      lead: '优抚工作',
      punct: '。',
      body: '1-6月份，累计发放资金',
    });
  });

  it('takes a colon after a short phrase as the end of a run-in heading', () => {
    expect(splitFirstSentence('主动公开目录：1.信息发布没有时效性')).toMatchObject({
      lead: '主动公开目录',
      punct: '：',
    });
  });

  it('does not end a run-in heading at a colon that introduces a list', () => {
    expect(splitFirstSentence('建立健全规章制度，如：工作职责、汇报制度等')).toBeNull();
    expect(splitFirstSentence('主要做法如下：一是加强领导')).toBeNull();
  });

  it('does not end a sentence inside quotation marks or brackets', () => {
    expect(splitFirstSentence('开展“学先进。补短板”行动')).toBeNull();
    expect(splitFirstSentence('开展“学先进。补短板”行动。成效明显')?.lead).toBe(
      '开展“学先进。补短板”行动',
    );
  });

  it('finds nothing to split in a one-sentence line, with or without its full stop', () => {
    expect(splitFirstSentence('扎实推进农业农村污染治理工作。')).toBeNull();
    expect(splitFirstSentence('建立机制，常态推进')).toBeNull();
  });
});
