// `npx gongwen <命令>`: the services from a terminal, for batch work, scripting and tests.
// Errors print one Chinese line on stderr naming the file and the problem; --debug adds the stack.

import { DrafterError } from '../shared/errors';
import { UsageError, type Command, type CommandIo } from './commands/command';
import { commands } from './commands/index';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    '公文起草助手（gongwen）：起草工作总结、工作计划、述职报告，导出符合 GB/T 9704 的 Word 文档',
    '',
    '用法：npx gongwen <命令> [参数]',
    '',
    '命令：',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  显示本帮助`,
    '',
    '通用选项：--debug 出错时显示详细堆栈；--help 显示本帮助',
  ].join('\n');
}

const defaultIo: CommandIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  cwd: process.cwd(),
};

export async function main(argv: string[], io: CommandIo = defaultIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`不认识的命令：${name}。运行 npx gongwen --help 查看可用命令。`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`用法：npx gongwen ${command.usage}\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}。用法：npx gongwen ${command.usage}`);
      return 2;
    }
    if (error instanceof DrafterError) {
      io.stderr(error.message);
    } else {
      io.stderr(`程序内部错误：${error instanceof Error ? error.message : String(error)}`);
    }
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack);
    return 1;
  }
}
