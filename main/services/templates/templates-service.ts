// Templates are JSON files in the templates folder (ServiceDeps.templatesDir), read at each request
// so that a template edited by hand shows up without restarting. Files sort by name (`01-…`).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DrafterApi, Template, TemplateSummary } from '../../../shared/api';
import { DrafterError } from '../../../shared/errors';
import { validateTemplate } from '../../../shared/templates/validate-template';

export interface LoadedTemplates {
  templates: Template[];
  /** one Chinese line per broken file, naming it and what is wrong */
  problems: string[];
  /** id → file name */
  files: Map<string, string>;
}

function parseTemplate(text: string, file: string): Template {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DrafterError(
      'damaged',
      `模板文件 ${file} 不是有效的 JSON：${(error as Error).message}`,
      file,
    );
  }
  const check = validateTemplate(raw);
  if (!check.ok) {
    throw new DrafterError('damaged', `模板文件 ${file} 有误：${check.problems.join('；')}`, file);
  }
  return check.template;
}

export class TemplatesService {
  constructor(private readonly dir: string) {}

  async load(): Promise<LoadedTemplates> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
    } catch {
      throw new DrafterError('not-found', `找不到模板文件夹 ${this.dir}`, this.dir);
    }
    const templates: Template[] = [];
    const problems: string[] = [];
    const files = new Map<string, string>();
    for (const name of names) {
      const file = join(this.dir, name);
      try {
        const template = parseTemplate(await readFile(file, 'utf8'), name);
        if (files.has(template.id)) {
          problems.push(
            `模板文件 ${name} 的编号“${template.id}”与 ${files.get(template.id)} 重复，已忽略`,
          );
          continue;
        }
        files.set(template.id, name);
        templates.push(template);
      } catch (error) {
        problems.push(error instanceof DrafterError ? error.message : String(error));
      }
    }
    return { templates, problems, files };
  }

  /** Valid templates only; a broken file is left out here and reported by getTemplate/load. */
  async list(): Promise<TemplateSummary[]> {
    const { templates } = await this.load();
    return templates.map(({ id, name, docType, description }) => ({
      id,
      name,
      docType,
      description,
    }));
  }

  async get(id: string): Promise<Template> {
    const { templates, problems } = await this.load();
    const found = templates.find((t) => t.id === id);
    if (found) return found;
    // the wanted template may be the broken file: say what is wrong with it rather than "missing"
    if (problems.length)
      throw new DrafterError('damaged', `找不到可用的模板“${id}”：${problems.join('；')}`);
    throw new DrafterError('not-found', `找不到模板“${id}”`);
  }
}

export function createTemplatesApi(dir: string): Pick<DrafterApi, 'listTemplates' | 'getTemplate'> {
  const service = new TemplatesService(dir);
  return {
    listTemplates: () => service.list(),
    getTemplate: async (req) => {
      if (!req || typeof req.id !== 'string' || !req.id) {
        throw new DrafterError('invalid-request', '请求缺少模板编号');
      }
      return service.get(req.id);
    },
  };
}
