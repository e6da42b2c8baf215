/** People's names and e-mails by id, for the CSV the CLI writes beside the ids. */

/** The names and e-mails the programme gives its mentors and mentees, by id. */
export interface Names {
  /** The mentor's name, or `''` when the programme gives none. */
  mentor(id: string): string;
  /** The mentee's name, or `''` when the programme gives none. */
  mentee(id: string): string;
  /** The mentor's e-mail (its `email` attribute), or `''`. */
  mentorEmail(id: string): string;
  /** The mentee's e-mail (its `email` attribute), or `''`. */
  menteeEmail(id: string): string;
}

/** What the CSV shows of a person. */
interface Shown {
  readonly name: string;
  readonly email: string;
}

/** `id → name and e-mail` of a raw list of people; entries without an id are skipped. */
function byId(list: unknown): ReadonlyMap<string, Shown> {
  const people = new Map<string, Shown>();
  if (!Array.isArray(list)) return people;
  for (const person of list as unknown[]) {
    const { id, name, attributes } = (person ?? {}) as { id?: unknown; name?: unknown; attributes?: unknown };
    // An integer id is read as its decimal string, as parseProgram reads it.
    const key = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id;
    if (typeof key !== 'string') continue;
    const email = (attributes ?? {}) as { email?: unknown };
    people.set(key, {
      name: typeof name === 'string' ? name : '',
      email: typeof email.email === 'string' ? email.email : '',
    });
  }
  return people;
}

/**
 * The names and e-mails of a programme as read from its file (already validated by the command
 * that matched it). A person without a `name` has an empty name, not their id: a blank cell in a
 * spreadsheet shows what the HR data lacks. The programme format has no e-mail field; an `email`
 * attribute (what `mentormatch import` makes of an `email` column) is the e-mail.
 *
 * @param json - The programme, as parsed from its file.
 * @returns Lookups of mentors' and mentees' names and e-mails by id.
 */
export function programmeNames(json: unknown): Names {
  const root = (json ?? {}) as { mentors?: unknown; mentees?: unknown };
  const mentors = byId(root.mentors);
  const mentees = byId(root.mentees);
  return {
    mentor: (id) => mentors.get(id)?.name ?? '',
    mentee: (id) => mentees.get(id)?.name ?? '',
    mentorEmail: (id) => mentors.get(id)?.email ?? '',
    menteeEmail: (id) => mentees.get(id)?.email ?? '',
  };
}
