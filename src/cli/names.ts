/** People's names by id, for the CSV the CLI writes beside the ids. */

/** The names the programme gives its mentors and mentees, by id. */
export interface Names {
  /** The mentor's name, or `''` when the programme gives none. */
  mentor(id: string): string;
  /** The mentee's name, or `''` when the programme gives none. */
  mentee(id: string): string;
}

/** `id → name` of a raw list of people; entries without a string id or name are skipped. */
function byId(list: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(list)) return names;
  for (const person of list as unknown[]) {
    const { id, name } = (person ?? {}) as { id?: unknown; name?: unknown };
    // An integer id is read as its decimal string, as parseProgram reads it.
    const key = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id;
    if (typeof key === 'string' && typeof name === 'string') names.set(key, name);
  }
  return names;
}

/**
 * The names of a programme as read from its file (already validated by the command that matched
 * it). A person without a `name` has an empty name, not their id: a blank cell in a spreadsheet
 * shows what the HR data lacks. The programme format has no e-mail field, so there are no e-mails.
 *
 * @param json - The programme, as parsed from its file.
 * @returns Lookups of mentors' and mentees' names by id.
 */
export function programmeNames(json: unknown): Names {
  const root = (json ?? {}) as { mentors?: unknown; mentees?: unknown };
  const mentors = byId(root.mentors);
  const mentees = byId(root.mentees);
  return {
    mentor: (id) => mentors.get(id) ?? '',
    mentee: (id) => mentees.get(id) ?? '',
  };
}
