import { checkCommand } from './check';
import { initCommand } from './init';
import { renderCommand } from './render';
import type { Command } from './io';

/** Every `prfaq <command>`. Add a command here: one import, one entry. */
export const commands: Command[] = [
  checkCommand,
  renderCommand,
  initCommand,
];
