import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../shared/api';
import { initialsOf } from '../../../shared/snippets/pinyin-initials';
import { matchInitials, searchSnippets } from '../../../shared/snippets/search';

let n = 0;
function snippet(category: string, text: string): Snippet {
  return { id: `s${++n}`, category, text, initials: initialsOf(text) };
}

const phrases = [
  snippet('开头语', '现将{单位}{年度}年{期间}工作总结如下。'),
  snippet('开头语', '{期间}以来，各项重点工作稳步推进。'),
  snippet('过渡语', '具体做法如下。'),
  snippet('存在问题', '基层力量相对薄弱，人员少、任务重的矛盾比较突出。'),
  snippet('下一步打算', '持续加强队伍建设，提升干部队伍的履职能力。'),
  snippet('成效表述', '金融服务更加便利，银行网点覆盖所有乡镇。'),
  snippet('结尾语', '特此报告。'),
];
const texts = (hits: Snippet[]) => hits.map((h) => h.text);

describe('phrase search', () => {
  it('finds 现将……总结如下 by the initials xjzj across the placeholders between', () => {
    expect(texts(searchSnippets(phrases, 'xjzj'))[0]).toBe(
      '现将{单位}{年度}年{期间}工作总结如下。',
    );
  });

  it('finds Chinese text as a substring', () => {
    expect(texts(searchSnippets(phrases, '队伍'))).toEqual([
      '持续加强队伍建设，提升干部队伍的履职能力。',
    ]);
  });

  it('matches a polyphone by either reading, the reading in context first', () => {
    expect(texts(searchSnippets(phrases, 'yhwd'))).toEqual([
      '金融服务更加便利，银行网点覆盖所有乡镇。',
    ]);
    expect(texts(searchSnippets(phrases, 'yxwd'))).toEqual([
      '金融服务更加便利，银行网点覆盖所有乡镇。',
    ]);
    expect(matchInitials('yh', initialsOf('银行'))!).toBeLessThan(
      matchInitials('yx', initialsOf('银行'))!,
    );
    expect(texts(searchSnippets(phrases, 'rwz'))).toContain(
      '基层力量相对薄弱，人员少、任务重的矛盾比较突出。',
    );
    expect(texts(searchSnippets(phrases, 'rwc'))).toContain(
      '基层力量相对薄弱，人员少、任务重的矛盾比较突出。',
    );
  });

  it('ranks a run at the start above the same letters spread through a phrase', () => {
    const start = snippet('x', '具体做法如下。');
    const spread = snippet('x', '请把具体工作做法写清楚。');
    expect(texts(searchSnippets([spread, start], 'jtzf'))).toEqual([start.text, spread.text]);
    expect(matchInitials('jtzf', start.initials!)).toBe(0);
  });

  it('ranks contiguous initials above gapped ones', () => {
    const gapped = snippet('x', '重点工作稳步推进');
    const together = snippet('x', '推动工作稳步推进');
    expect(matchInitials('gzwb', together.initials!)).toBeLessThan(
      matchInitials('zgw', gapped.initials!) ?? Infinity,
    );
    expect(matchInitials('tdgz', together.initials!)).toBe(0);
    expect(matchInitials('tgz', together.initials!)).toBeGreaterThan(0);
  });

  it('needs every space-separated term to match', () => {
    expect(texts(searchSnippets(phrases, '工作 稳步'))).toEqual([
      '{期间}以来，各项重点工作稳步推进。',
    ]);
    expect(searchSnippets(phrases, '工作 不存在的词')).toEqual([]);
  });

  it('matches filled text when metadata is given, so 上半年 finds {期间} phrases', () => {
    expect(searchSnippets(phrases, '上半年以来')).toEqual([]);
    expect(texts(searchSnippets(phrases, '上半年以来', { meta: { period: '上半年' } }))).toEqual([
      '{期间}以来，各项重点工作稳步推进。',
    ]);
  });

  it('lists everything for an empty query with the template categories first', () => {
    const hits = searchSnippets(phrases, '  ', { preferred: ['结尾语', '存在问题'] });
    expect(hits).toHaveLength(phrases.length);
    expect(texts(hits.slice(0, 2))).toEqual([
      '特此报告。',
      '基层力量相对薄弱，人员少、任务重的矛盾比较突出。',
    ]);
  });

  it('finds a whole category by its name and honours the limit', () => {
    expect(texts(searchSnippets(phrases, '结尾语'))).toEqual(['特此报告。']);
    expect(searchSnippets(phrases, '', { limit: 3 })).toHaveLength(3);
  });

  it('gives no match for letters that are not in the phrase', () => {
    expect(searchSnippets(phrases, 'qqqq')).toEqual([]);
  });

  it('does not let scattered letters match by skipping words all over a phrase', () => {
    const long = snippet('x', '持续加强队伍建设，提升干部队伍的履职能力。');
    // c j d j g l: 持 加 队 建 干 履, five skips for six letters
    expect(matchInitials('cjdjgl', long.initials!)).toBeNull();
    // two words skipped once each is fine: 持续加强 … 干部队伍
    expect(matchInitials('cxjqgbdw', long.initials!)).not.toBeNull();
  });
});
