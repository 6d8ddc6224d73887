// Every CLI command, in the order `--help` lists them.
import type { Command } from './command';
import { createExportCommand, importNotReady } from './export';
import { createServeCommand } from './serve';

export const commands: Command[] = [createExportCommand({ importFile: importNotReady }), createServeCommand()];
