import { describe, expect, it } from 'vitest';
import { metaFromTitle, sectionKindsOf } from '../../../shared/structure';

describe('metadata from a report title', () => {
  it.each([
    ['2023年度XX县卫健委定点帮扶上半年工作总结', 'XX县卫健委', 2023, '上半年', 'summary'],
    ['XX区XX乡2023年上半年村镇办工作总结', 'XX区XX乡', 2023, '上半年', 'summary'],
    ['县退役军人事务局2023年上半年工作总结', '县退役军人事务局', 2023, '上半年', 'summary'],
    ['XX县民政局2022年度工作总结', 'XX县民政局', 2022, '全年', 'summary'],
    ['XX镇2024年工作计划', 'XX镇', 2024, '全年', 'plan'],
    ['XX县应急管理局2024年工作要点', 'XX县应急管理局', 2024, '全年', 'plan'],
    ['XX街道2023年第三季度工作安排', 'XX街道', 2023, '第三季度', 'plan'],
    ['2023年度个人述职报告', '', 2023, '全年', 'debrief'],
    ['关于XX县2023年安全生产工作情况的报告', 'XX县', 2023, null, 'report'],
    ['关于开展2024年春季植树活动的通知', '', 2024, null, 'notice'],
    ['XX县人民政府关于2023年工作情况的报告', 'XX县人民政府', 2023, null, 'report'],
    ['中共XX县委2023年工作总结', '中共XX县委', 2023, '全年', 'summary'],
    ['二〇二三年XX乡下半年工作总结', 'XX乡', 2023, '下半年', 'summary'],
    ['XX中心学校工作简报', 'XX中心学校', null, null, 'other'],
    ['防汛工作会议纪要', '', null, null, 'other'],
    ['政府工作报告', '', null, null, 'report'],
  ])('%s → unit %s, year %s, period %s, genre %s', (title, unit, year, period, docType) => {
    expect(metaFromTitle(title)).toEqual({ unit, year, period, docType });
  });
});

describe('what a first-level section is about', () => {
  it.each([
    ['基本情况', ['overview']],
    ['总体情况', ['overview']],
    ['2023年上半年工作开展情况', ['work']],
    ['主要做法', ['work']],
    ['主要成效', ['results']],
    ['工作亮点', ['results']],
    ['经验体会', ['experience']],
    ['存在问题', ['problems']],
    ['存在不足及努力方向', ['problems', 'plans']],
    ['存在问题及下一步工作打算', ['problems', 'plans']],
    ['存在的问题及改进措施', ['problems', 'plans']],
    ['下步工作打算', ['plans']],
    ['2024年工作思路', ['plans']],
    ['主要做法和成效', ['work', 'results']],
    ['强化思想认识，压实工作责任', []],
  ])('%s is %j', (heading, kinds) => {
    expect(sectionKindsOf(heading)).toEqual(kinds);
  });
});
