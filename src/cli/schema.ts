/** `mentormatch schema`: the JSON Schema of the programme format. */

import { translator } from '../locale/message.js';
import { programJsonSchema } from '../model/programJsonSchema.js';
import { type Command, EXIT } from './command.js';
import { helpText } from './help.js';
import { writeResult } from './io.js';
import { cliLocale } from './locale.js';
import { noArgument, parseCommandLine } from './options.js';

const NAME = 'schema';

export const schema: Command = {
  name: NAME,
  summary: 'Print the JSON Schema of the programme format',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, { out: { type: 'string', short: 'o' } });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    noArgument(NAME, positionals);
    writeResult(io, `${JSON.stringify(programJsonSchema, null, 2)}\n`, values.out);
    return EXIT.ok;
  },
};
