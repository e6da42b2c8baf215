/**
 * The English sentences of the shipped catalogs, as fragments a translated text must not hold: the
 * literal text between parameters, of two words or more, that no Italian message holds too.
 */
import { CLI_EN } from '../../src/cli/messages/en.js';
import { CLI_IT } from '../../src/cli/messages/it.js';
import { en } from '../../src/index.js';
import { parseTemplate } from '../../src/locale/message.js';
import { it } from '../../src/locales/it.js';
import { TABLES_EN } from '../../src/model/internal/tableMessages.js';

export function englishFragments(): string[] {
  const fragments = new Set<string>();
  const italianText = [...Object.values(it.messages), ...Object.values(CLI_IT.messages)].join('\n');
  const walk = (nodes: ReturnType<typeof parseTemplate>): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        for (const piece of node.split(/[|#:;()]/)) {
          const text = piece.trim().replace(/^[,.\s]+|[,.\s]+$/g, '');
          // Two words of three letters or more; not a term both languages use (`rules.levelRequired`).
          if (/[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(text) && !italianText.includes(text)) fragments.add(text);
        }
      } else if (node !== 0) for (const branch of Object.values(node[2] ?? {})) walk(branch);
    }
  };
  for (const template of [
    ...Object.values(en.messages),
    ...Object.values(CLI_EN.messages),
    ...Object.values(TABLES_EN.messages),
  ])
    walk(parseTemplate(template));
  return [...fragments];
}

/**
 * English words that no Italian sentence of the command holds, as whole words: what a text written
 * in English without a catalog (a message left out of the catalogs, Node's own words) is bound to
 * hold. Option and command names are syntax and are left out first (`--no-bom`).
 */
const ENGLISH_WORDS =
  /\b(?:the|of|and|to|is|are|be|must|with|for|from|not|cannot|can|an|or|this|that|which|when|only|each|every|its|by|than|then|got|missing|unknown|unexpected|please|should|write|show|shows|usage|option|argument|command|commands|default|required|instead|into|there|does|take|run)\b/gi;

/** The English words of `text` (see {@link ENGLISH_WORDS}), flags and option names taken out. */
export function englishWords(text: string): string[] {
  return [...text.replace(/(?:^|\s)--?[\w-]+/g, ' ').matchAll(ENGLISH_WORDS)].map((m) => m[0]);
}
