// What a level-1 section is about, read off its heading (`存在问题及下一步工作打算` is both
// problems and plans). Drives the 往年参照 panel, which pairs last year's section with this one.

import type { SectionKind } from '../model';

const KIND_WORDS: [SectionKind, RegExp][] = [
  ['overview', /基本情况|总体情况|基本概况|总体概况|概况|总体评价/],
  [
    'work',
    /工作开展情况|开展情况|主要做法|做法|措施|举措|工作情况|完成情况|推进情况|落实情况|主要工作|重点工作|开展的/,
  ],
  ['results', /成效|成绩|亮点|成果|收获/],
  ['experience', /经验|体会|启示/],
  ['problems', /存在问题|存在的|问题|不足|短板|差距|困难/],
  ['plans', /下一步|下步|打算|计划|方向|思路|展望/],
];

export function sectionKindsOf(heading: string): SectionKind[] {
  const kinds = KIND_WORDS.filter(([, re]) => re.test(heading)).map(([kind]) => kind);
  // `存在的问题及改进措施`: the measures are what will be done, not what was done
  if (kinds.includes('problems') && kinds.includes('work') && /改进|整改|对策/.test(heading)) {
    return [
      ...kinds.filter((k) => k !== 'work'),
      ...(kinds.includes('plans') ? [] : ['plans' as const]),
    ];
  }
  return kinds;
}
