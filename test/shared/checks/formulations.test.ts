import { describe, expect, it } from 'vitest';
import { bestSubstringMatch } from '../../../shared/checks/formulation-rule';
import { flagged } from './helpers';

const THOUGHT = '习近平新时代中国特色社会主义思想';

describe('standard formulations (规范表述)', () => {
  it('flags a formulation with a word dropped and restores it', () => {
    expect(flagged('始终坚持以习近平新时代社会主义思想为指导', 'formulation')).toEqual([
      ['习近平新时代社会主义思想', THOUGHT],
    ]);
  });

  it('flags a formulation with characters swapped or added', () => {
    expect(flagged('坚持以习近平新时代中国社会特色主义思想为指导', 'formulation')).toHaveLength(1);
    expect(flagged('以习近平同志为核心的的党中央', 'formulation')).toEqual([
      ['以习近平同志为核心的的党中央', '以习近平同志为核心的党中央'],
    ]);
    expect(flagged('巩固拓展脱贫攻坚成果同乡村振兴的有效衔接', 'formulation')).toEqual([
      ['巩固拓展脱贫攻坚成果同乡村振兴的有效衔接', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接'],
    ]);
  });

  it('flags a seven-character name with one character dropped or changed', () => {
    expect(flagged('在市退役军事务局的正确领导下', 'formulation')).toEqual([
      ['退役军事务局', '退役军人事务局'],
    ]);
    expect(flagged('深入学习习近平法制思想', 'formulation')).toEqual([
      ['习近平法制思想', '习近平法治思想'],
    ]);
    expect(flagged('省退役军人事务厅、习近平强军思想、习近平外交思想', 'formulation')).toEqual([]);
  });

  it('leaves exact formulations and other correct forms alone', () => {
    const correct = [
      `坚持以${THOUGHT}为指导，深入学习贯彻党的二十大精神`,
      '坚持和发展新时代中国特色社会主义，实现中华民族的伟大复兴',
      '在以习近平同志为总书记的党中央领导下，巩固拓展脱贫攻坚成果',
      '学习贯彻习近平法治思想、习近平生态文明思想',
      '中国共产党十五届五中全会通过的建议，党的十九届四中全会，十一届三中全会以来',
      '中共第八届全国代表大会第二次会议',
    ];
    for (const text of correct) expect(flagged(text, 'formulation'), text).toEqual([]);
  });

  it('checks the names of congresses and plenums with any ordinal and keeps the ordinal', () => {
    expect(flagged('中国共产党第八届中央委员会的第七次全体会议', 'formulation')).toEqual([
      ['中国共产党第八届中央委员会的第七次全体会议', '中国共产党第八届中央委员会第七次全体会议'],
    ]);
    expect(flagged('以中国共产党第十四次代表大会为标志', 'formulation')).toEqual([
      ['中国共产党第十四次代表大会', '中国共产党第十四次全国代表大会'],
    ]);
    expect(flagged('中国共产党第二十次全国代表大会', 'formulation')).toEqual([]);
  });

  it('puts fixed enumerations back in order', () => {
    expect(flagged('增强政治意识、看齐意识、大局意识、核心意识', 'formulation.order')).toEqual([
      ['政治意识、看齐意识、大局意识、核心意识', '政治意识、大局意识、核心意识、看齐意识'],
    ]);
    expect(flagged('增强政治意识、大局意识、核心意识、看齐意识', 'formulation.order')).toEqual([]);
    expect(flagged('坚持创新、协调发展', 'formulation.order')).toEqual([]);
  });

  it('measures the best substring match with swaps counted once', () => {
    expect(bestSubstringMatch('中国特色', 'xx中国色特yy')).toEqual({
      distance: 1,
      start: 2,
      end: 6,
    });
    expect(bestSubstringMatch('中国特色', '中国特色')).toEqual({ distance: 0, start: 0, end: 4 });
  });
});
