import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks';
import { draftOf, flagged, para } from './helpers';

describe('placeholders left in', () => {
  it('flags XX, ××, 某某, {单位} and an empty 【】 as errors', () => {
    expect(flagged('XX县卫健委按照要求', 'placeholder')).toEqual([['XX']]);
    expect(flagged('××镇人民政府', 'placeholder')).toEqual([['××']]);
    expect(flagged('由某某同志负责', 'placeholder')).toEqual([['某某']]);
    expect(flagged('{单位}{年度}年工作总结', 'placeholder')).toEqual([['{单位}'], ['{年度}']]);
    expect(flagged('完成【】个项目', 'placeholder')).toEqual([['【】']]);
    const [f] = checkDraft(draftOf([para('XX县卫健委')]));
    expect(f.severity).toBe('error');
  });

  it('flags the anonymised AAA but not a real AAA grade, and leaves words like XXL alone', () => {
    expect(flagged('通过AAA公众号发布', 'placeholder')).toEqual([['AAA']]);
    expect(flagged('创建国家AAA级旅游景区，采购XXL号服装', 'placeholder')).toEqual([]);
    expect(flagged('从一九九一年到二○○○年', 'placeholder')).toEqual([]);
  });
});

describe('frequent misuse with a certain fix', () => {
  it('corrects 截止 before a point in time to 截至', () => {
    expect(flagged('截止目前，共召开会议5次', 'misuse')).toEqual([['截止', '截至']]);
    expect(flagged('截止6月底，全市完成38个', 'misuse')).toEqual([['截止', '截至']]);
    expect(flagged('截至目前，共召开会议5次；报名截止时间为6月底，截止到目前', 'misuse')).toEqual(
      [],
    );
  });

  it('corrects 己 where 已 is meant, but not in 自己 or 知己', () => {
    expect(flagged('我乡己教育转化9人，工作己经完成', 'misuse')).toEqual([
      ['己', '已'],
      ['己', '已'],
    ]);
    expect(flagged('自己经常学习，知己知彼', 'misuse')).toEqual([]);
  });

  it('corrects 即要……又要 to 既要……又要, not a plain 即', () => {
    expect(flagged('即要抓发展，又要保安全', 'misuse')).toEqual([['即', '既']]);
    expect(flagged('即当A岗因开会出差时，由B岗接替', 'misuse')).toEqual([]);
  });

  it('flags a stray letter between Chinese characters, not a real abbreviation', () => {
    expect(flagged('发挥职工群众参加正义的x渠道作用', 'typo.stray-letter')).toEqual([['x', '']]);
    expect(flagged('实行AB岗制，即当A岗出差时', 'typo.stray-letter')).toEqual([]);
  });
});

describe('text typed twice', () => {
  it('flags a clause repeated back to back, also after a lead-in, and removes the copy', () => {
    const text =
      '坚持以习近平新时代中国特色社会主义思想为指导，以习近平新时代中国特色社会主义思想为指导，深入学习';
    const found = flagged(text, 'repeat.clause');
    expect(found).toEqual([['，以习近平新时代中国特色社会主义思想为指导', '']]);
  });

  it('does not flag a clause repeated across a semicolon as a figure of speech', () => {
    expect(
      flagged('促进了经济战线上的胜利；经济战线上的胜利，又巩固了政权', 'repeat.clause'),
    ).toEqual([]);
    expect(flagged('同部署、同落实、同检查、同考核', 'repeat.clause')).toEqual([]);
  });

  it('flags a word or phrase doubled, not reduplication', () => {
    expect(flagged('进一步进一步加强管理', 'repeat.phrase')).toEqual([['进一步', '']]);
    expect(flagged('认真做好工作工作总结', 'repeat.phrase')).toEqual([['工作', '']]);
    expect(flagged('我们的的工作', 'repeat.phrase')).toEqual([['的', '']]);
    const legit =
      '常常看看，一个个层层落实，家家户户，研究研究，一步一步，共建共治共享，产业创业创新，抓得很紧很紧，目的的实现，的的确确';
    expect(flagged(legit, 'repeat.phrase')).toEqual([]);
  });

  it('flags a long sentence met earlier in the draft and a whole paragraph repeated', () => {
    const sentence = '组织帮扶责任人通过入户走访、电话联系等方式，对帮扶对象进行走访慰问。';
    const draft = draftOf([
      para(sentence + '取得实效。'),
      para('根据要求，' + sentence),
      para(sentence + '取得实效。'),
    ]);
    const found = checkDraft(draft).filter((f) => f.rule.startsWith('repeat.'));
    expect(found.map((f) => [f.rule, f.block])).toEqual([
      ['repeat.sentence', 1],
      ['repeat.paragraph', 2],
    ]);
  });

  it('does not take short sentences that recur for copies', () => {
    const draft = draftOf([para('取得了明显成效。'), para('取得了明显成效。')]);
    expect(checkDraft(draft).filter((f) => f.rule.startsWith('repeat.'))).toEqual([]);
  });
});
