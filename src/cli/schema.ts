/** `mentormatch schema`: the JSON Schema of the programme format. */
import { programJsonSchema } from '../model/programJsonSchema.js';
import { type Command, EXIT } from './command.js';
import { HELP } from './help.js';
import { writeResult } from './io.js';
import { noArgument, parseCommandLine } from './options.js';

const NAME = 'schema';

export const schema: Command = {
  name: NAME,
  summary: 'Print the JSON Schema of the programme format',
  help: HELP.schema,
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, { out: { type: 'string', short: 'o' } });
    if (values.help === true) {
      io.out(HELP.schema);
      return EXIT.ok;
    }
    noArgument(NAME, positionals);
    writeResult(io, `${JSON.stringify(programJsonSchema, null, 2)}\n`, values.out);
    return EXIT.ok;
  },
};
