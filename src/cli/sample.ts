/** `mentormatch sample`: a realistic seeded programme to try things on. */

import { translator } from '../locale/message.js';
import { type Command, EXIT, UsageError } from './command.js';
import { helpText } from './help.js';
import { writeResult } from './io.js';
import { cliLocale } from './locale.js';
import { choice, integer, noArgument, parseCommandLine, required } from './options.js';
import { formatJson } from './sample/formatJson.js';
import { MOST_HISTORY_CYCLES } from './sample/sampleHistory.js';
import { sampleProgram } from './sample/sampleProgram.js';
import { DOMAINS } from './sample/taxonomy.js';

const NAME = 'sample';
/** Most mentors, mentees or topics: a programme of this size is tens of megabytes already. */
const MOST = 100_000;

export const sample: Command = {
  name: NAME,
  summary: 'Generate a realistic sample programme to try things on',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, {
      mode: { type: 'string' },
      mentors: { type: 'string' },
      mentees: { type: 'string' },
      topics: { type: 'string' },
      seed: { type: 'string' },
      meetings: { type: 'boolean' },
      'cycle-weeks': { type: 'string' },
      history: { type: 'string' },
      quotas: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
    });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    noArgument(NAME, positionals);
    const mode = choice(NAME, 'mode', required(NAME, 'mode', values.mode), ['micro', 'classic']);
    const mentors = integer(NAME, 'mentors', values.mentors, { min: 1, max: MOST });
    const mentees = integer(NAME, 'mentees', values.mentees, { min: 1, max: MOST });
    const topics =
      values.topics === undefined
        ? undefined
        : integer(NAME, 'topics', values.topics, { min: DOMAINS.length + 1, max: MOST });
    const seed = integer(NAME, 'seed', values.seed, { min: 0, max: 2 ** 32 - 1, fallback: 1 });
    const weeks = values['cycle-weeks'];
    if (weeks !== undefined && values.meetings !== true) throw new UsageError(NAME, 'cli.usage.cycleWeeks');
    const cycleWeeks = weeks === undefined ? undefined : integer(NAME, 'cycle-weeks', weeks, { min: 1, max: 520 });
    const history = integer(NAME, 'history', values.history, { min: 0, max: MOST_HISTORY_CYCLES, fallback: 0 });
    const programme = sampleProgram({
      mode,
      mentors,
      mentees,
      seed,
      ...(topics === undefined ? {} : { topics }),
      ...(values.meetings === true ? { meetings: true } : {}),
      ...(cycleWeeks === undefined ? {} : { cycleWeeks }),
      ...(history === 0 ? {} : { history }),
      ...(values.quotas === true ? { quotas: true } : {}),
    });
    writeResult(io, formatJson(programme), values.out);
    return EXIT.ok;
  },
};
