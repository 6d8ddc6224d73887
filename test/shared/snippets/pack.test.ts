import { describe, expect, it } from 'vitest';
import { dedupeEntries, makePack, validatePack } from '../../../shared/snippets/pack';

describe('phrase packs', () => {
  it('accept a pack and normalise line breaks and spaces', () => {
    const check = validatePack(makePack([{ category: ' 开头语 ', text: '  第一行\r\n第二行 ' }]));
    expect(check).toEqual({
      ok: true,
      entries: [{ category: '开头语', text: '第一行\n第二行' }],
      problems: [],
    });
  });

  it('reject what is not a pack, naming the reason', () => {
    expect(validatePack('字符串')).toEqual({ ok: false, problems: ['内容不是常用语包'] });
    expect(validatePack({ format: 'other', version: 1, snippets: [] })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('不是常用语包')],
    });
    expect(validatePack({ format: 'gongwen-snippets', version: 2, snippets: [] })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('版本 2 不受支持')],
    });
    expect(validatePack({ format: 'gongwen-snippets', version: 1 })).toMatchObject({ ok: false });
  });

  it('skip bad entries by number and keep the good ones', () => {
    const check = validatePack({
      format: 'gongwen-snippets',
      version: 1,
      snippets: [
        { category: '开头语', text: '好的' },
        { category: '', text: '无类别' },
        7,
        { category: '结尾语', text: '   ' },
      ],
    });
    expect(check).toEqual({
      ok: true,
      entries: [{ category: '开头语', text: '好的' }],
      problems: ['第 2 条缺少类别', '第 3 条不是对象', '第 4 条内容为空'],
    });
  });

  it('drop phrases already present or repeated within the pack', () => {
    const fresh = dedupeEntries(
      [{ text: '特此报告。' }],
      [
        { category: '结尾语', text: '特此报告。' },
        { category: '开头语', text: '新的一句' },
        { category: '过渡语', text: '新的一句' },
      ],
    );
    expect(fresh).toEqual([{ category: '开头语', text: '新的一句' }]);
  });
});
