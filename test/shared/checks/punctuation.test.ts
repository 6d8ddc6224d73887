import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('half-width punctuation in Chinese text', () => {
  it('flags a half-width comma, colon and semicolon between Chinese words and gives the full-width mark', () => {
    expect(flagged('生态环境承受力,按照要求推进', 'punct.halfwidth')).toEqual([[',', '，']]);
    expect(flagged('现将工作总结如下:', 'punct.halfwidth')).toEqual([[':', '：']]);
    expect(flagged('增加村民收入;四是积极帮助', 'punct.halfwidth')).toEqual([[';', '；']]);
    expect(flagged('共摸排污染源1696个,同时细化', 'punct.halfwidth')).toEqual([[',', '，']]);
    expect(flagged('各位代表!', 'punct.halfwidth')).toEqual([['!', '！']]);
  });

  it('leaves numbers, times, URLs and English phrases alone', () => {
    expect(flagged('全年完成投资1,000万元，会议于3:30开始', 'punct.halfwidth')).toEqual([]);
    expect(flagged('详见http://www.gov.cn/zhengce/a.html?id=1,2。', 'punct.halfwidth')).toEqual([]);
    expect(flagged('引用了Hello, world: a test;一文。', 'punct.halfwidth')).toEqual([]);
  });

  it('flags half-width brackets around Chinese but not around a bare code', () => {
    expect(flagged('印发了通知(六环委办〔2023〕6号)，对全市', 'punct.halfwidth')).toEqual([
      ['(', '（'],
      [')', '）'],
    ]);
    expect(flagged('细颗粒物(PM2.5)浓度下降', 'punct.halfwidth')).toEqual([]);
  });

  it('turns a pair of straight quotes around Chinese into “ ”', () => {
    expect(flagged('加强"三河三湖"等重点流域治理', 'punct.halfwidth')).toEqual([
      ['"', '“'],
      ['"', '”'],
    ]);
    expect(flagged('加强“三河三湖”等重点流域治理', 'punct.halfwidth')).toEqual([]);
  });
});

describe('quotes, brackets and 书名号 in pairs', () => {
  it('flags a curly opening quote closed by a straight one', () => {
    expect(flagged('按照“一村一策、一户一法"的要求', 'punct.mixed-quotes')).toEqual([['"', '”']]);
    expect(flagged('按照“一村一策、一户一法"的要求', 'punct.unpaired')).toEqual([]);
    expect(flagged('按照“一村一策、一户一法”的要求', 'punct.mixed-quotes')).toEqual([]);
  });

  it('flags corner quotes in a text that otherwise uses “”', () => {
    expect(flagged('开展「三下乡」和“四进”活动', 'punct.mixed-quotes')).toEqual([
      ['「', '“'],
      ['」', '”'],
    ]);
    expect(flagged('开展「三下乡」活动', 'punct.mixed-quotes')).toEqual([]);
  });

  it('flags an opening or closing mark without its other half', () => {
    expect(flagged('办好“中国’99昆明世界园艺博览会', 'punct.unpaired')).toEqual([['“'], ['’']]);
    expect(flagged('印发《工作方案，部署任务。', 'punct.unpaired')).toEqual([['《']]);
    expect(flagged('成立工作组（组长由局长担任，负责协调。', 'punct.unpaired')).toEqual([['（']]);
    expect(flagged('印发《工作方案》，部署任务（共六项）。', 'punct.unpaired')).toEqual([]);
  });

  it('does not take a list marker such as 1） for a stray bracket', () => {
    expect(flagged('1）加强领导；2）完善制度。', 'punct.unpaired')).toEqual([]);
  });

  it('wants 〈〉 for a title inside a title', () => {
    expect(flagged('制定《关于印发<开展整治行动的方案>的通知》', 'punct.nested-title')).toEqual([
      ['<', '〈'],
      ['>', '〉'],
    ]);
    expect(flagged('制定《关于印发〈开展整治行动的方案〉的通知》', 'punct.nested-title')).toEqual(
      [],
    );
  });
});

describe('doubled punctuation, ellipsis and dash', () => {
  it('flags a mark typed twice and two marks where one belongs', () => {
    expect(flagged('更加奋发有为的精神状态，，更加扎实', 'punct.doubled')).toEqual([
      ['，，', '，'],
    ]);
    expect(flagged('工作取得成效，。下一步', 'punct.doubled')).toEqual([['，。']]);
    expect(flagged('工作取得成效。下一步，继续', 'punct.doubled')).toEqual([]);
  });

  it('rewrites wrong ellipses as ……', () => {
    expect(flagged('教育、卫生、文化...等领域', 'punct.ellipsis')).toEqual([['...', '……']]);
    expect(flagged('教育、卫生、文化。。。等领域', 'punct.ellipsis')).toEqual([['。。。', '……']]);
    expect(flagged('教育、卫生、文化…等领域', 'punct.ellipsis')).toEqual([['…', '……']]);
    expect(flagged('教育、卫生、文化……等领域', 'punct.ellipsis')).toEqual([]);
    expect(flagged('version 1.2...3 of the tool', 'punct.ellipsis')).toEqual([]);
  });

  it('rewrites -- as the dash ——', () => {
    expect(flagged('--我们要推动经济发展', 'punct.dash')).toEqual([['--', '——']]);
    expect(flagged('——我们要推动经济发展', 'punct.dash')).toEqual([]);
  });
});

describe('paragraph ends', () => {
  it('flags a body paragraph that stops on a comma', () => {
    expect(flagged('共有社戒社康人员2人，社会面管控30人，', 'punct.trailing')).toEqual([['，']]);
    expect(flagged('共有社戒社康人员2人，社会面管控30人。', 'punct.trailing')).toEqual([]);
  });

  it('flags a long paragraph with no closing mark, not a short line', () => {
    const text = '现有脱贫户318户，584人，监测户16户31人，外出务工93人，省外务工34人，县内务工53人';
    expect(flagged(text, 'punct.no-end')).toEqual([['人']]);
    expect(flagged(text + '。', 'punct.no-end')).toEqual([]);
    expect(flagged('重点工作完成情况', 'punct.no-end')).toEqual([]);
  });
});
