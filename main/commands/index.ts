// Every CLI command, in the order `--help` lists them.
import { importBytes, importFile } from '../services/import/index';
import { createCheckCommand } from './check';
import type { Command } from './command';
import { createExportCommand } from './export';
import { createImportCommand } from './import';
import { createNewCommand } from './new';
import { createOutlineCommand } from './outline';
import { createServeCommand } from './serve';

export const commands: Command[] = [
  createNewCommand(),
  createImportCommand({ importFile }),
  createOutlineCommand({ importFile }),
  createExportCommand({ importFile: importBytes }),
  createCheckCommand({ importFile }),
  createServeCommand(),
];
