// `npx gongwen new <模板> --unit 单位 --year 年度 [--period 期间] [--date 成文日期] [--author 姓名]
// -o <文稿.gwd>`: a draft started from a template, as the 新建文稿 form makes it, for batch work
// (one draft per unit) and scripts. Without a template it lists them.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DrafterError } from '../../shared/errors';
import { PERIODS, type Period } from '../../shared/model';
import { draftFromTemplate } from '../../shared/templates/draft-from-template';
import { serializeDraft } from '../services/drafts/index';
import { atomicWrite } from '../services/files/atomic-write';
import { TemplatesService } from '../services/templates/templates-service';
import { parseArgs, UsageError, type Command } from './command';

const defaultTemplatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

export function createNewCommand(templatesDir = defaultTemplatesDir): Command {
  return {
    name: 'new',
    usage:
      'new [模板名称或编号] --unit 单位 --year 年度 [--period 期间] [--date 成文日期] [--author 姓名] -o <文稿.gwd>',
    summary: '从模板新建文稿（不给模板时列出全部模板）',
    async run(args, io) {
      const { positionals, options } = parseArgs(args, {
        options: ['output', 'unit', 'year', 'period', 'date', 'author'],
      });
      const service = new TemplatesService(templatesDir);
      const { templates, problems } = await service.load();
      for (const problem of problems) io.stderr(problem);
      if (!positionals.length) {
        io.stdout(templates.map((t) => `${t.id}\t${t.name}\t${t.description}`).join('\n'));
        return 0;
      }
      if (positionals.length > 1) throw new UsageError('只能给出一个模板');
      const wanted = positionals[0];
      const template = templates.find((t) => t.id === wanted || t.name === wanted);
      if (!template) {
        const names = templates.map((t) => t.name).join('、');
        throw new DrafterError('not-found', `找不到模板“${wanted}”。可用的模板：${names}`);
      }
      const output = options.get('output');
      if (!output) throw new UsageError('请用 -o 指定要写入的文稿文件');
      const yearText = options.get('year');
      const year = yearText === undefined ? null : Number(yearText);
      if (year !== null && !(Number.isInteger(year) && year >= 1949 && year <= 2200)) {
        throw new UsageError(`年度应为四位数的年份，收到“${yearText}”`);
      }
      const periodText = options.get('period');
      if (periodText !== undefined && !PERIODS.includes(periodText as (typeof PERIODS)[number])) {
        throw new UsageError(`期间应为 ${PERIODS.join('、')} 之一，收到“${periodText}”`);
      }
      const target = resolve(io.cwd, output);
      if (existsSync(target)) {
        throw new DrafterError(
          'write-failed',
          `“${output}”已存在，为免覆盖，请换一个文件名。`,
          target,
        );
      }
      const draft = draftFromTemplate(template, {
        unit: options.get('unit') ?? '',
        year,
        ...(periodText !== undefined ? { period: periodText as Period } : {}),
        date: options.get('date') ?? '',
        ...(options.has('author') ? { author: options.get('author') } : {}),
      });
      await atomicWrite(target, serializeDraft(draft));
      io.stdout(`已新建《${draft.meta.title}》：${output}`);
      return 0;
    },
  };
}
