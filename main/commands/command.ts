// One CLI command: its name, its Chinese usage line and summary, and what it does.

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** the folder relative paths are resolved against */
  cwd: string;
}

export interface Command {
  name: string;
  /** e.g. `import <文件> [--json] [--roll [年份]] [--date 日期]` */
  usage: string;
  summary: string;
  /** returns the exit code; throws DrafterError for problems the user can act on */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Minimal flag parsing: `--name value`, `--flag`, and positionals. */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; options?: string[]; optionalValue?: string[] },
): { positionals: string[]; flags: Set<string>; options: Map<string, string> } {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (spec.options?.includes(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`选项 --${name} 需要一个值`);
        options.set(name, value);
      } else if (spec.optionalValue?.includes(name)) {
        const next = inline ?? (args[i + 1] && !args[i + 1].startsWith('-') ? args[++i] : '');
        options.set(name, next);
      } else if (spec.flags?.includes(name)) {
        flags.add(name);
      } else {
        throw new UsageError(`不认识的选项：--${name}`);
      }
    } else if (arg === '-o' && spec.options?.includes('output')) {
      const value = args[++i];
      if (value === undefined) throw new UsageError('选项 -o 需要一个文件名');
      options.set('output', value);
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags, options };
}

export class UsageError extends Error {}
