import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks';
import { isResidentId, luhnValid } from '../../../shared/checks/privacy';
import { draftOf, flagged, para } from './helpers';

describe('numbers (GB/T 15835)', () => {
  it('flags a year cut to two digits and completes it from the draft year', () => {
    expect(flagged('23年上半年，全县完成投资', 'number.short-year', 2023)).toEqual([
      ['23年', '2023年'],
    ]);
    expect(flagged('截至23年6月，累计完成', 'number.short-year', 2024)).toEqual([
      ['23年', '2023年'],
    ]);
    expect(flagged('23年上半年完成投资', 'number.short-year', null)).toEqual([['23年']]);
  });

  it('does not take a count of years for a shortened year', () => {
    expect(flagged('经过23年的努力，建成23年来最大的工程', 'number.short-year')).toEqual([]);
    expect(flagged('2023年上半年完成投资', 'number.short-year')).toEqual([]);
    expect(flagged('用了10年初步建成', 'number.short-year')).toEqual([]);
  });

  it('wants the dash in a range of months and years', () => {
    expect(flagged('1-6月份，累计发放资金', 'number.range-dash')).toEqual([['-', '—']]);
    expect(flagged('颁布实施2011-2020年扶贫纲要', 'number.range-dash')).toEqual([['-', '—']]);
    expect(flagged('1—6月份，累计发放资金', 'number.range-dash')).toEqual([]);
    expect(flagged('住3-2号楼，电话0551-12345678，编号2-1级', 'number.range-dash')).toEqual([]);
  });

  it('wants the swung dash in a range of values', () => {
    expect(flagged('为1-6级残疾军人开展医疗补助', 'number.range-dash')).toEqual([['-', '～']]);
    expect(flagged('每组3-5人', 'number.range-dash')).toEqual([['-', '～']]);
    expect(flagged('每组3～5人', 'number.range-dash')).toEqual([]);
  });

  it('drops leading zeros in dates', () => {
    expect(flagged('2023年06月29日', 'number.leading-zero')).toEqual([['06', '6']]);
    expect(flagged('2023年6月09日', 'number.leading-zero')).toEqual([['09', '9']]);
    expect(flagged('2023年6月29日，完成106个项目', 'number.leading-zero')).toEqual([]);
  });

  it('flags months written in Chinese where the document mostly writes them in Arabic', () => {
    const draft = draftOf([
      para('1月启动，3月完成摸底，6月底前全部完成。'),
      para('结合我县五月份集中排查工作，开展“一月一课”活动。'),
    ]);
    const found = checkDraft(draft).filter((f) => f.rule === 'number.mixed-style');
    expect(found.map((f) => [f.block, f.text, f.fix])).toEqual([[1, '五', '5']]);
  });

  it('leaves a document that writes its months one way alone', () => {
    const draft = draftOf([
      para('于今年五月召开大会，六月底前完成。'),
      para('开展“一月一课”活动。'),
    ]);
    expect(checkDraft(draft).filter((f) => f.rule === 'number.mixed-style')).toEqual([]);
  });
});

describe('personal data', () => {
  it('knows a valid resident ID number and a Luhn-valid card number', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(luhnValid('6222020200112233446')).toBe(true);
    expect(luhnValid('6222020200112233445')).toBe(false);
  });

  it('flags an ID number with a valid checksum as an error, not one with a wrong checksum', () => {
    const [f] = flagged('身份证号341502198506121236，住址', 'privacy.id-number');
    expect(f).toEqual(['341502198506121236']);
    expect(findingsSeverity('身份证号341502198506121236', 'privacy.id-number')).toBe('error');
    expect(flagged('身份证号341502198506121235，住址', 'privacy.id-number')).toEqual([]);
  });

  it('flags a mobile number, also written in groups, but not an amount', () => {
    expect(flagged('联系电话13812345678。', 'privacy.mobile')).toEqual([['13812345678']]);
    expect(flagged('联系电话138-1234-5678。', 'privacy.mobile')).toEqual([['138-1234-5678']]);
    expect(flagged('完成引税13602000000元', 'privacy.mobile')).toEqual([]);
    expect(flagged('电话+86 138 1234 5678。', 'privacy.mobile')).toEqual([['86 138 1234 5678']]);
    expect(flagged('截至2023 13812345678号码', 'privacy.mobile')).toEqual([['13812345678']]);
    expect(flagged('电话12812345678。', 'privacy.mobile')).toEqual([]);
  });

  it('flags a bank card number that passes the Luhn check', () => {
    expect(flagged('账号6222020200112233446。', 'privacy.bank-card')).toEqual([
      ['6222020200112233446'],
    ]);
    expect(flagged('账号6228 4800 1234 5671。', 'privacy.bank-card')).toEqual([
      ['6228 4800 1234 5671'],
    ]);
    expect(flagged('账号6222020200112233445。', 'privacy.bank-card')).toEqual([]);
  });
});

function findingsSeverity(text: string, rule: string): string | undefined {
  return checkDraft(draftOf([para(text)])).find((f) => f.rule === rule)?.severity;
}

describe('percentages written two ways', () => {
  it('flags the minority style and converts a Chinese percentage, but not one end of a range', () => {
    const draft = draftOf([
      para('增长5.1%，下降3%，占12.5%。'),
      para('增长百分之四点五，约有百分之二十到三十的农户受益。'),
    ]);
    const found = checkDraft(draft).filter((f) => f.rule === 'number.mixed-style');
    expect(found.map((f) => [f.text, f.fix])).toEqual([
      ['百分之四点五', '4.5%'],
      ['百分之二十', undefined],
    ]);
    const uniform = draftOf([para('增长百分之四点五，约有百分之二十的农户受益。')]);
    expect(checkDraft(uniform).filter((f) => f.rule === 'number.mixed-style')).toEqual([]);
  });
});

describe('years written two ways', () => {
  it('flags a Chinese-numeral date year among Arabic ones and converts it', () => {
    const draft = draftOf([
      para('2022年完成投资，2023年上半年增长。'),
      para('二〇二三年六月底前全部完成，2023年底前验收。'),
    ]);
    const found = checkDraft(draft).filter((f) => f.rule === 'number.mixed-style');
    expect(found.map((f) => [f.text, f.fix])).toEqual([['二〇二三', '2023']]);
  });

  it('leaves a year that is part of an official name alone', () => {
    const draft = draftOf([
      para('2021年制定第十四个五年规划和二〇三五年远景目标纲要，2022年实施。'),
    ]);
    expect(checkDraft(draft).filter((f) => f.rule === 'number.mixed-style')).toEqual([]);
  });
});
