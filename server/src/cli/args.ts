import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseCommandArgs(args: string[], options: OptionsConfig) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.split(/\.\s/)[0].replace(/\.$/, '');
    throw new UsageError(message);
  }
}
