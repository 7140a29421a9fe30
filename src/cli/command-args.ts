/**
 * A command's arguments checked against the options it takes. An unknown or mistyped option is a usage error
 * (exit 64): skipping it, as before, turned `--JSON` into a text review and `--me=Tom` into no rep at all.
 */
import { parseArgs } from 'node:util';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

export interface CommandArgs {
  files: string[];
  strings: (name: string) => string[];
  flag: (name: string) => boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseCommandArgs(command: string, args: string[], spec: OptionSpec): CommandArgs {
  // Not strict: node's own messages ("To specify a positional argument starting with a '-'…") would not
  // list the options the command does take, so every token is checked here instead.
  const { tokens } = parseArgs({ args, options: spec, strict: false, allowPositionals: true, tokens: true });
  const valid = Object.keys(spec).map((name) => `--${name}`);
  const strings = new Map<string, string[]>();
  const flags = new Set<string>();
  const files: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    const option = spec[token.name];
    if (option === undefined) {
      const options = valid.length === 0 ? 'it takes no options' : `options: ${valid.join(', ')}`;
      throw new UsageError(`unknown option ${token.rawName} for ${command} (${options})`);
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
      flags.add(token.name);
      continue;
    }
    // `--me --json` would take "--json" as the name: an option's value never starts with "--" unless given as --me=.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(`${token.rawName} needs a value`);
    strings.set(token.name, [...(strings.get(token.name) ?? []), token.value]);
  }
  return { files, strings: (name) => strings.get(name) ?? [], flag: (name) => flags.has(name) };
}
