// Frequent misuse with one certain correction. Only pairs where the wrong form has no legitimate
// reading in a work report are listed; a pair needs a context pattern where the wrong form could
// also be right.

import type { LocalFinding, TextRule } from './types';

interface Misuse {
  /** a literal every match contains, to skip the pattern on most texts */
  key: string;
  re: RegExp;
  /** offset and length of the wrong part inside the match, and what replaces it */
  at: number;
  length: number;
  fix: string;
  message: string;
}

const TIME_AFTER =
  '(?=目前|当前|今|现在|本月|本年|上半年|年底|年末|月底|\\d|[一二三四五六七八九十]+月)';

const MISUSES: Misuse[] = [
  {
    // 截至 = up to (a point in time); 截止 = to stop, and takes no time object (“截止到” is fine)
    key: '截止',
    re: new RegExp(`截止${TIME_AFTER}`, 'g'),
    at: 0,
    length: 2,
    fix: '截至',
    message: '“截止”后不直接跟时间，表示“到某时为止”应用“截至”',
  },
  {
    key: '即',
    re: /即(?=[要有是能可][^。；！？]{1,30}?又[要有是能可])/g,
    at: 0,
    length: 1,
    fix: '既',
    message: '“既……又……”的“既”误写为“即”',
  },
  {
    key: '既使',
    re: /既(?=使)/g,
    at: 0,
    length: 1,
    fix: '即',
    message: '“即使”误写为“既使”',
  },
  {
    key: '即然',
    re: /即(?=然)/g,
    at: 0,
    length: 1,
    fix: '既',
    message: '“既然”误写为“即然”',
  },
  {
    key: '己',
    re: /(?<![自知异利克一舍为律修守由恕顾舍身])己(?=经|完成|全部|基本|初步|建成|达到|实现|开展|落实|累计|教育|转化|办结|整改)/g,
    at: 0,
    length: 1,
    fix: '已',
    message: '“已”误写为“己”',
  },
  {
    key: '再接再励',
    re: /再接再励/g,
    at: 3,
    length: 1,
    fix: '厉',
    message: '“再接再厉”误写为“再接再励”',
  },
  { key: '布署', re: /布署/g, at: 0, length: 1, fix: '部', message: '“部署”误写为“布署”' },
  { key: '按排', re: /按排/g, at: 0, length: 1, fix: '安', message: '“安排”误写为“按排”' },
  { key: '通迅', re: /通迅/g, at: 1, length: 1, fix: '讯', message: '“通讯”误写为“通迅”' },
  {
    key: '迫不急待',
    re: /迫不急待/g,
    at: 2,
    length: 1,
    fix: '及',
    message: '“迫不及待”误写为“迫不急待”',
  },
  {
    key: '一愁莫展',
    re: /一愁莫展/g,
    at: 1,
    length: 1,
    fix: '筹',
    message: '“一筹莫展”误写为“一愁莫展”',
  },
  {
    key: '出谋化策',
    re: /出谋化策/g,
    at: 2,
    length: 1,
    fix: '划',
    message: '“出谋划策”误写为“出谋化策”',
  },
  { key: '坐阵', re: /坐阵/g, at: 1, length: 1, fix: '镇', message: '“坐镇”误写为“坐阵”' },
  {
    key: '反应',
    re: /反应(?=的?(?:问题|诉求|意见建议|意见和建议))/g,
    at: 1,
    length: 1,
    fix: '映',
    message: '反映问题、诉求用“反映”，不是“反应”',
  },
];

export const misuseRule: TextRule = (text) => {
  const out: LocalFinding[] = [];
  // a lone lowercase letter between two Han characters is a slip of the keyboard (`正义的x渠道`)
  const stray = /(?<=[\u4e00-\u9fff])[a-z](?=[\u4e00-\u9fff])/g;
  for (let m = /[a-z]/.test(text) ? stray.exec(text) : null; m; m = stray.exec(text)) {
    out.push({
      rule: 'typo.stray-letter',
      severity: 'hint',
      start: m.index,
      end: m.index + 1,
      message: `汉字之间多了一个字母“${m[0]}”`,
      fix: '',
    });
  }
  for (const m of MISUSES) {
    if (!text.includes(m.key)) continue;
    m.re.lastIndex = 0;
    for (let hit = m.re.exec(text); hit; hit = m.re.exec(text)) {
      out.push({
        rule: 'misuse',
        severity: 'warning',
        start: hit.index + m.at,
        end: hit.index + m.at + m.length,
        message: m.message,
        fix: m.fix,
      });
    }
  }
  return out;
};
