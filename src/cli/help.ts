/**
 * What `--help` prints, for the CLI and for each command, in the command's locale: the messages
 * `cli.help.*` of the command's catalogs (src/cli/messages/helpEn.ts, helpIt.ts), the parts they
 * share put in their places. The first paragraph is the usage.
 */
import { type MessageParams, type Translator, translator } from '../locale/message.js';
import { HELP_TOPICS, type HelpTopic } from './command.js';
import { cliText } from './locale.js';
import type { CliCode } from './messages/en.js';

export { HELP_TOPICS, type HelpTopic } from './command.js';

/**
 * The help of `topic` in `t`'s words: `helpText(translator(it), 'match')` starts with
 * `Uso: mentormatch match `.
 */
export function helpText(t: Translator, topic: HelpTopic): string {
  const say = (code: `cli.help.${string}` & CliCode, params: MessageParams = {}) => cliText(t, code, params);
  const textCells = say('cli.help.textCells', { esc: '\\u{1b}', rlo: '\\u{202e}' });
  const maxInput = say('cli.help.maxInput');
  return say(`cli.help.${topic}`, {
    exitCodes: say('cli.help.exitCodes'),
    limits: say('cli.help.limits'),
    input: say('cli.help.input'),
    maxInput,
    textCells,
    markdownCells: say('cli.help.markdownCells', { textCells }),
    tableOptions: say('cli.help.tableOptions', { maxInput }),
    bom: say('cli.help.bom'),
    csvCells: say('cli.help.csvCells'),
  });
}

/** Every help in English. */
export const HELP: Readonly<Record<HelpTopic, string>> = Object.fromEntries(
  HELP_TOPICS.map((topic) => [topic, helpText(translator('en'), topic)]),
) as Record<HelpTopic, string>;
