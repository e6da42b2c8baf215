/**
 * The JSON Schema of the programme input, with a description of every field: the data of
 * `programJsonSchema`. Generated from the zod schema (`src/model/schema.ts`) and the field
 * descriptions (`test/helpers/programFieldDescriptions.ts`) by `test/helpers/programJsonSchemaSource.ts`;
 * do not edit, regenerate with `UPDATE_SCHEMA=1 npx vitest run test/programJsonSchema.test.ts`.
 */
export const PROGRAM_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    $schema: {
      description: 'The address of this JSON Schema, for editors; ignored by mentormatch.',
      type: 'string',
    },
    name: {
      description: 'The programme\'s name, e.g. "Acme spring cohort"; optional.',
      type: 'string',
    },
    mode: {
      description:
        '"micro": mentees make precise requests on topics, each matched with its own mentor. "classic": mentees have growth goals and get one mentor each.',
      type: 'string',
      enum: ['micro', 'classic'],
    },
    topics: {
      description:
        'The topics that mentors master and mentees ask for, possibly in a taxonomy (a topic under a parent topic).',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: {
            description:
              'The topic\'s id, unique among the topics: a string of 1 to 200 characters or a whole number (7 and "7" are the same id).',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          name: {
            description: "The topic's name, shown in results and reports; default: the id.",
            type: 'string',
          },
          parent: {
            description:
              'The id of the parent topic, for a taxonomy: a mentor earns partial credit on a parent, a child or a sibling of the topic asked; default: none (a top-level topic).',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
        },
        required: ['id'],
        additionalProperties: false,
      },
    },
    mentors: {
      description: 'The mentors (the "champions" of micro mentoring).',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: {
            description:
              'The mentor\'s id, unique among the mentors: a string of 1 to 200 characters or a whole number (7 and "7" are the same id). A person may be both a mentor and a mentee (on different topics); they are never paired with themself.',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          name: {
            description: "The mentor's name, shown in results and reports; default: the id.",
            type: 'string',
          },
          languages: {
            description:
              'Languages spoken, e.g. ["en", "fr"], compared case-insensitively. With rules.sharedLanguage, a mentor and a mentee who both give languages must share one; default: none given.',
            type: 'array',
            items: {
              type: 'string',
              minLength: 1,
            },
          },
          timeZone: {
            description:
              'Time zone: an offset from UTC in hours (a multiple of 0.25 between -12 and 14, e.g. 1 or 5.5), or an IANA name such as "Europe/Rome", resolved to its offset on the programme\'s startDate (daylight saving time included); default: none (the time zone criterion is then neutral).',
            type: ['number', 'string'],
            minimum: -12,
            maximum: 14,
            multipleOf: 0.25,
          },
          department: {
            description:
              "Department, compared with the other side's under rules.sameDepartment and the department criterion; default: none.",
            type: 'string',
          },
          managerId: {
            description:
              'The id of this person\'s manager (a mentor or mentee of the programme, or someone outside it). Under rules.reportingLine "forbidden", a manager never mentors their direct report; default: none.',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          grade: {
            description:
              'Seniority grade, a whole number: higher is more senior. Read by rules.seniorityGap and the seniority criterion; default: none.',
            type: 'integer',
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          attributes: {
            description:
              'Free attributes for custom rules, each a string, number or boolean, e.g. { "site": "Lyon", "certified": true }; default: none.',
            type: 'object',
            propertyNames: {
              type: 'string',
            },
            additionalProperties: {
              type: ['string', 'number', 'boolean'],
            },
          },
          values: {
            description:
              'Values or interests, free words compared case-insensitively (classic mode: the values criterion); default: none.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
          skills: {
            description: 'What the mentor masters: a topic and a level for each.',
            type: 'array',
            items: {
              type: 'object',
              properties: {
                topic: {
                  description: "The topic's id.",
                  anyOf: [
                    {
                      type: 'string',
                      minLength: 1,
                      maxLength: 200,
                    },
                    {
                      type: 'integer',
                      minimum: -9007199254740991,
                      maximum: 9007199254740991,
                    },
                  ],
                },
                level: {
                  description:
                    'Proficiency on the topic, a whole number: 1 basics, 2 practitioner, 3 proficient, 4 advanced, 5 expert.',
                  type: 'integer',
                  minimum: 1,
                  maximum: 5,
                },
              },
              required: ['topic', 'level'],
              additionalProperties: false,
            },
          },
          offers: {
            description:
              'The topic ids the mentor is willing to mentor on; default: every topic of their skills at level 3 or more.',
            type: 'array',
            items: {
              anyOf: [
                {
                  type: 'string',
                  minLength: 1,
                  maxLength: 200,
                },
                {
                  type: 'integer',
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
              ],
            },
          },
          capacity: {
            description:
              'Most requests (micro) or mentees (classic) the mentor takes at once, a whole number ≥ 0; default 5 (micro) or 2 (classic).',
            type: 'integer',
            minimum: 0,
            maximum: 9007199254740991,
          },
          hoursBudget: {
            description:
              'Hours the mentor can give in the cycle, a number ≥ 0 (micro mode only; an error in classic mode); each request counts its hours against it; with weeklyMinutes too, the smaller budget holds; default: no limit.',
            type: 'number',
            minimum: 0,
          },
          weeklyMinutes: {
            description:
              "Minutes a week the mentor can give, a number ≥ 0 (micro mode only; needs the programme's cycle): an hours budget of weeklyMinutes × cycle.weeks / 60; with hoursBudget too, the smaller holds; default: no limit.",
            type: 'number',
            minimum: 0,
          },
          preferences: {
            description:
              'Mentee ids, most preferred first: the mentor\'s ranking under the "stable" objective; default: mentees ranked by score.',
            type: 'array',
            items: {
              anyOf: [
                {
                  type: 'string',
                  minLength: 1,
                  maxLength: 200,
                },
                {
                  type: 'integer',
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
              ],
            },
          },
        },
        required: ['id', 'skills'],
        additionalProperties: false,
      },
    },
    mentees: {
      description: 'The mentees: with requests in micro mode, with goals in classic mode.',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: {
            description:
              'The mentee\'s id, unique among the mentees: a string of 1 to 200 characters or a whole number (7 and "7" are the same id). A person may be both a mentor and a mentee (on different topics); they are never paired with themself.',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          name: {
            description: "The mentee's name, shown in results and reports; default: the id.",
            type: 'string',
          },
          languages: {
            description:
              'Languages spoken, e.g. ["en", "fr"], compared case-insensitively. With rules.sharedLanguage, a mentor and a mentee who both give languages must share one; default: none given.',
            type: 'array',
            items: {
              type: 'string',
              minLength: 1,
            },
          },
          timeZone: {
            description:
              'Time zone: an offset from UTC in hours (a multiple of 0.25 between -12 and 14, e.g. 1 or 5.5), or an IANA name such as "Europe/Rome", resolved to its offset on the programme\'s startDate (daylight saving time included); default: none (the time zone criterion is then neutral).',
            type: ['number', 'string'],
            minimum: -12,
            maximum: 14,
            multipleOf: 0.25,
          },
          department: {
            description:
              "Department, compared with the other side's under rules.sameDepartment and the department criterion; default: none.",
            type: 'string',
          },
          managerId: {
            description:
              'The id of this person\'s manager (a mentor or mentee of the programme, or someone outside it). Under rules.reportingLine "forbidden", a manager never mentors their direct report; default: none.',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          grade: {
            description:
              'Seniority grade, a whole number: higher is more senior. Read by rules.seniorityGap and the seniority criterion; default: none.',
            type: 'integer',
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          attributes: {
            description:
              'Free attributes for custom rules, each a string, number or boolean, e.g. { "site": "Lyon", "certified": true }; default: none.',
            type: 'object',
            propertyNames: {
              type: 'string',
            },
            additionalProperties: {
              type: ['string', 'number', 'boolean'],
            },
          },
          values: {
            description:
              'Values or interests, free words compared case-insensitively (classic mode: the values criterion); default: none.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
          requests: {
            description: 'Micro mode: one or more precise requests, each matched with its own mentor.',
            type: 'array',
            items: {
              type: 'object',
              properties: {
                topic: {
                  description: 'The id of the topic the mentee asks for help on.',
                  anyOf: [
                    {
                      type: 'string',
                      minLength: 1,
                      maxLength: 200,
                    },
                    {
                      type: 'integer',
                      minimum: -9007199254740991,
                      maximum: 9007199254740991,
                    },
                  ],
                },
                level: {
                  description:
                    'The level of help wanted, a whole number from 1 (basics) to 5 (expert): the mentor should master the topic at least at this level.',
                  type: 'integer',
                  minimum: 1,
                  maximum: 5,
                },
                priority: {
                  description:
                    'Weight of this request against all the others, a number > 0: a pair counts priority × score in the objective; default 1.',
                  type: 'number',
                  exclusiveMinimum: 0,
                },
                hours: {
                  description:
                    "Expected hours of mentoring, a number > 0, counted against the mentor's hoursBudget; default sessions × sessionMinutes / 60 (2 when neither is given). Given with sessionMinutes, it must equal sessions × sessionMinutes / 60.",
                  type: 'number',
                  exclusiveMinimum: 0,
                },
                sessions: {
                  description: 'Number of meetings the request needs, a whole number ≥ 1; default 2.',
                  type: 'integer',
                  minimum: 1,
                  maximum: 9007199254740991,
                },
                sessionMinutes: {
                  description: 'Length of one meeting in minutes, a whole number ≥ 1; default 60.',
                  type: 'integer',
                  minimum: 1,
                  maximum: 9007199254740991,
                },
              },
              required: ['topic', 'level'],
              additionalProperties: false,
            },
          },
          goals: {
            description: "Classic mode: the mentee's development goals, instead of requests.",
            type: 'array',
            items: {
              type: 'object',
              properties: {
                topic: {
                  description: 'The id of the topic the mentee wants to grow in.',
                  anyOf: [
                    {
                      type: 'string',
                      minLength: 1,
                      maxLength: 200,
                    },
                    {
                      type: 'integer',
                      minimum: -9007199254740991,
                      maximum: 9007199254740991,
                    },
                  ],
                },
                weight: {
                  description: "Weight of this goal against the mentee's other goals, a number > 0; default 1.",
                  type: 'number',
                  exclusiveMinimum: 0,
                },
                sessions: {
                  description:
                    "Meetings over the cycle for this goal, a whole number ≥ 1; the relationship takes the meetings of the mentee's goal asking the most hours; default 8.",
                  type: 'integer',
                  minimum: 1,
                  maximum: 9007199254740991,
                },
                sessionMinutes: {
                  description: 'Length of one meeting in minutes, a whole number ≥ 1; default 60.',
                  type: 'integer',
                  minimum: 1,
                  maximum: 9007199254740991,
                },
              },
              required: ['topic'],
              additionalProperties: false,
            },
          },
          preferences: {
            description:
              'Mentor ids, most preferred first (the preference criterion, and the mentee\'s ranking under the "stable" objective); default: none.',
            type: 'array',
            items: {
              anyOf: [
                {
                  type: 'string',
                  minLength: 1,
                  maxLength: 200,
                },
                {
                  type: 'integer',
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
              ],
            },
          },
          exclude: {
            description: 'Mentor ids never to be proposed to this mentee; default: none.',
            type: 'array',
            items: {
              anyOf: [
                {
                  type: 'string',
                  minLength: 1,
                  maxLength: 200,
                },
                {
                  type: 'integer',
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
              ],
            },
          },
        },
        required: ['id'],
        additionalProperties: false,
      },
    },
    rules: {
      description: 'The hard rules and matching switches; each one left out takes its default for the mode.',
      type: 'object',
      properties: {
        sameDepartment: {
          description:
            'Pairs within one department: "allowed", "avoided" (allowed, but scored lower by the department criterion) or "forbidden"; default "avoided".',
          type: 'string',
          enum: ['allowed', 'avoided', 'forbidden'],
        },
        reportingLine: {
          description:
            '"forbidden": a manager never mentors their direct report (read from managerId); "allowed": they may; default "forbidden".',
          type: 'string',
          enum: ['forbidden', 'allowed'],
        },
        seniorityGap: {
          description:
            'The window of mentor grade − mentee grade a pair must fall in, e.g. { "min": 1, "max": 3 }; null or left out: no window (the seniority criterion then prefers 1 to 3 grades above).',
          anyOf: [
            {
              type: 'object',
              properties: {
                min: {
                  description:
                    'The smallest allowed mentor grade − mentee grade, a whole number; default: no lower bound.',
                  type: 'integer',
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
                max: {
                  description:
                    'The largest allowed mentor grade − mentee grade, a whole number; default: no upper bound.',
                  type: 'integer',
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
              },
              additionalProperties: false,
            },
            {
              type: 'null',
            },
          ],
        },
        sharedLanguage: {
          description:
            'When true, a mentor and a mentee who both give languages must have one in common; default true.',
          type: 'boolean',
        },
        maxTimeZoneGap: {
          description:
            'The largest time zone difference allowed between a mentor and a mentee, in hours (a number ≥ 0); null or left out: no limit.',
          anyOf: [
            {
              type: 'number',
              minimum: 0,
            },
            {
              type: 'null',
            },
          ],
        },
        levelRequired: {
          description:
            "Micro mode: when true, the mentor's own level on the topic (without credit from related topics) must reach the level asked; default true (micro) or false (classic).",
          type: 'boolean',
        },
        repeatMentor: {
          description: "Micro mode: when true, one mentee's several requests may go to the same mentor; default false.",
          type: 'boolean',
        },
        repeatPairs: {
          description:
            'Pairs of the history made within rules.repeatWindowDays of asOf (same mentee and mentor, and in micro mode the same topic when the history entry names one): "allowed", "avoided" (allowed, but scored lower by the repeat criterion) or "forbidden" (never made again within the window); default "avoided".',
          type: 'string',
          enum: ['allowed', 'avoided', 'forbidden'],
        },
        repeatWindowDays: {
          description:
            'How many days back from asOf a pair of the history counts as recent, a whole number ≥ 0 (a pair exactly that many days old still counts); default 365.',
          type: 'integer',
          minimum: 0,
          maximum: 9007199254740991,
        },
        custom: {
          description:
            "Custom rules on the people's attributes: hard (require, forbid) or soft (prefer, avoid); default: none.",
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: {
                description: "The rule's name, unique among the custom rules, shown in explanations (custom:<name>).",
                type: 'string',
                minLength: 1,
              },
              effect: {
                description:
                  '"require" and "forbid" are hard (a pair must meet the condition, or must not); "prefer" and "avoid" are soft and feed the custom criterion of the score.',
                type: 'string',
                enum: ['require', 'forbid', 'prefer', 'avoid'],
              },
              mentor: {
                description:
                  "A condition on the mentor's attributes. With neither equals nor in, it holds when the mentor has the attribute.",
                type: 'object',
                properties: {
                  attribute: {
                    description: "The name of the mentor's attribute (a key of attributes).",
                    type: 'string',
                    minLength: 1,
                  },
                  equals: {
                    description: 'The condition holds when the attribute has this value (a string, number or boolean).',
                    type: ['string', 'number', 'boolean'],
                  },
                  in: {
                    description:
                      'The condition holds when the attribute has one of these values (strings, numbers or booleans).',
                    type: 'array',
                    items: {
                      type: ['string', 'number', 'boolean'],
                    },
                  },
                },
                required: ['attribute'],
                additionalProperties: false,
              },
              mentee: {
                description:
                  "A condition on the mentee's attributes. With neither equals nor in, it holds when the mentee has the attribute.",
                type: 'object',
                properties: {
                  attribute: {
                    description: "The name of the mentee's attribute (a key of attributes).",
                    type: 'string',
                    minLength: 1,
                  },
                  equals: {
                    description: 'The condition holds when the attribute has this value (a string, number or boolean).',
                    type: ['string', 'number', 'boolean'],
                  },
                  in: {
                    description:
                      'The condition holds when the attribute has one of these values (strings, numbers or booleans).',
                    type: 'array',
                    items: {
                      type: ['string', 'number', 'boolean'],
                    },
                  },
                },
                required: ['attribute'],
                additionalProperties: false,
              },
              same: {
                description:
                  'An attribute both the mentor and the mentee must have, with the same value (e.g. "site"). The rule\'s condition is the conjunction of mentor, mentee and same; it needs at least one of them.',
                type: 'string',
                minLength: 1,
              },
            },
            required: ['name', 'effect'],
            additionalProperties: false,
          },
        },
        forbiddenPairs: {
          description: 'Pairs never to be made; default: none.',
          type: 'array',
          items: {
            type: 'object',
            properties: {
              mentee: {
                description: "The mentee's id (a pair never to be made).",
                anyOf: [
                  {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                  },
                  {
                    type: 'integer',
                    minimum: -9007199254740991,
                    maximum: 9007199254740991,
                  },
                ],
              },
              mentor: {
                description: "The mentor's id (a pair never to be made).",
                anyOf: [
                  {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                  },
                  {
                    type: 'integer',
                    minimum: -9007199254740991,
                    maximum: 9007199254740991,
                  },
                ],
              },
              topic: {
                description:
                  "Micro mode: the topic of the mentee's request this pair is about; without it, every request of the mentee (a locked pair must name it when the mentee has several requests). Classic mode: leave it out.",
                anyOf: [
                  {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                  },
                  {
                    type: 'integer',
                    minimum: -9007199254740991,
                    maximum: 9007199254740991,
                  },
                ],
              },
            },
            required: ['mentee', 'mentor'],
            additionalProperties: false,
          },
        },
        lockedPairs: {
          description: 'Pairs that must be made, e.g. agreed before the matching; default: none.',
          type: 'array',
          items: {
            type: 'object',
            properties: {
              mentee: {
                description: "The mentee's id (a pair that must be made).",
                anyOf: [
                  {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                  },
                  {
                    type: 'integer',
                    minimum: -9007199254740991,
                    maximum: 9007199254740991,
                  },
                ],
              },
              mentor: {
                description: "The mentor's id (a pair that must be made).",
                anyOf: [
                  {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                  },
                  {
                    type: 'integer',
                    minimum: -9007199254740991,
                    maximum: 9007199254740991,
                  },
                ],
              },
              topic: {
                description:
                  "Micro mode: the topic of the mentee's request this pair is about; without it, every request of the mentee (a locked pair must name it when the mentee has several requests). Classic mode: leave it out.",
                anyOf: [
                  {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                  },
                  {
                    type: 'integer',
                    minimum: -9007199254740991,
                    maximum: 9007199254740991,
                  },
                ],
              },
            },
            required: ['mentee', 'mentor'],
            additionalProperties: false,
          },
        },
        quotas: {
          description:
            'Quotas on the matching: per mentor, at most max mentees sharing a value of an attribute; or a min and max on the pairs whose mentee meets a condition, or that cross departments; default: none.',
          type: 'array',
          items: {
            type: 'object',
            properties: {
              kind: {
                description:
                  '"perMentor": each mentor takes at most max mentees (or requests) with one value of attribute; "pairs": at least min and at most max pairs of a kind.',
                type: 'string',
                enum: ['perMentor', 'pairs'],
              },
              attribute: {
                description:
                  'perMentor: the mentee attribute whose values are capped, "department" or a key of attributes (e.g. "site"); mentees without it are not counted.',
                type: 'string',
                minLength: 1,
              },
              count: {
                description: 'perMentor: what is counted, "mentees" or "requests" (micro mode); default "mentees".',
                type: 'string',
                enum: ['mentees', 'requests'],
              },
              mentee: {
                description:
                  "A condition on the mentee's attributes. With neither equals nor in, it holds when the mentee has the attribute.",
                type: 'object',
                properties: {
                  attribute: {
                    description: "The name of the mentee's attribute (a key of attributes).",
                    type: 'string',
                    minLength: 1,
                  },
                  equals: {
                    description: 'The condition holds when the attribute has this value (a string, number or boolean).',
                    type: ['string', 'number', 'boolean'],
                  },
                  in: {
                    description:
                      'The condition holds when the attribute has one of these values (strings, numbers or booleans).',
                    type: 'array',
                    items: {
                      type: ['string', 'number', 'boolean'],
                    },
                  },
                },
                required: ['attribute'],
                additionalProperties: false,
              },
              crossDepartment: {
                description:
                  'pairs: true to count the pairs of a mentor and a mentee of different departments (instead of a mentee condition).',
                type: 'boolean',
              },
              min: {
                description: 'pairs: the fewest pairs of the kind, a whole number ≥ 0; default: no minimum.',
                type: 'integer',
                minimum: 0,
                maximum: 9007199254740991,
              },
              max: {
                description:
                  'The most pairs: per mentor and attribute value (perMentor), or in all (pairs), a whole number ≥ 0; default: no maximum (pairs).',
                type: 'integer',
                minimum: 0,
                maximum: 9007199254740991,
              },
              minShare: {
                description:
                  'pairs: the least share of all pairs (a number from 0 to 1) that the pairs of the kind must make, e.g. 0.3; alone (no min, max or maxShare); objective "total".',
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
              maxShare: {
                description:
                  'pairs: the most share of all pairs (a number from 0 to 1) that the pairs of the kind may make; alone (no min, max or minShare); objective "total".',
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
              soft: {
                description:
                  'When true, the quota is a penalty of weight per pair beyond its bounds instead of a limit (objective "total" only); default false.',
                type: 'boolean',
              },
              weight: {
                description:
                  'Soft quotas: the penalty per pair beyond the bounds, in score points (a number > 0); default 1.',
                type: 'number',
                exclusiveMinimum: 0,
              },
            },
            required: ['kind'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    weights: {
      description: "Criterion weights of a pair's score, merged over the mode's defaults: give only those to change.",
      type: 'object',
      properties: {
        expertise: {
          description:
            "Weight of the expertise criterion (how well the mentor masters the topic or goals) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.4 (micro) or 0 (classic).",
          type: 'number',
          minimum: 0,
        },
        willingness: {
          description:
            "Weight of the willingness criterion (whether the mentor offers the topic) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.15 (micro) or 0.05 (classic).",
          type: 'number',
          minimum: 0,
        },
        goals: {
          description:
            "Weight of the goals criterion (how much of the mentee's goals the mentor covers) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0 (micro) or 0.3 (classic).",
          type: 'number',
          minimum: 0,
        },
        seniority: {
          description:
            "Weight of the seniority criterion (the grade gap) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0 (micro) or 0.15 (classic).",
          type: 'number',
          minimum: 0,
        },
        language: {
          description:
            "Weight of the language criterion (a language in common) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.1 (micro) or 0.05 (classic).",
          type: 'number',
          minimum: 0,
        },
        timeZone: {
          description:
            "Weight of the timeZone criterion (overlap of working hours) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.1 (micro) or 0.05 (classic).",
          type: 'number',
          minimum: 0,
        },
        department: {
          description:
            "Weight of the department criterion (pairs across departments) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.05 (micro) or 0.1 (classic).",
          type: 'number',
          minimum: 0,
        },
        preference: {
          description:
            "Weight of the preference criterion (the mentee's ranking of the mentor) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.15 (micro) or 0.1 (classic).",
          type: 'number',
          minimum: 0,
        },
        values: {
          description:
            "Weight of the values criterion (shared values and interests) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0 (micro) or 0.15 (classic).",
          type: 'number',
          minimum: 0,
        },
        custom: {
          description:
            "Weight of the custom criterion (soft custom rules met) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.05 (micro) or 0.05 (classic).",
          type: 'number',
          minimum: 0,
        },
        repeat: {
          description:
            'Weight of the repeat criterion (pairs not made within rules.repeatWindowDays, under rules.repeatPairs "avoided"; off without a history) in a pair\'s score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0.1 (micro) or 0.1 (classic).',
          type: 'number',
          minimum: 0,
        },
        novelty: {
          description:
            "Weight of the novelty criterion (new connections: 0 for two people paired before in the history, 0.5 when only their departments have worked together, else 1; off without a history) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0 (micro) or 0 (classic).",
          type: 'number',
          minimum: 0,
        },
        rotation: {
          description:
            "Weight of the rotation criterion (1 − the mentor's pairs of the history within rules.repeatWindowDays over the busiest mentor's, so that load spreads over cycles; off without a history) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default 0 (micro) or 0 (classic).",
          type: 'number',
          minimum: 0,
        },
      },
      additionalProperties: false,
    },
    objective: {
      description:
        'What the matching optimises: "total" (the highest sum of priority × score), "coverage" (as many requests matched as possible, higher priorities first), "fair" (as many pairs as possible, then the highest lowest score) or "stable" (no mentee and mentor would both rather be paired together); default "total".',
      type: 'string',
      enum: ['total', 'coverage', 'fair', 'stable'],
    },
    startDate: {
      description:
        'The day the cycle starts, "YYYY-MM-DD": the date on which IANA time zone names are turned into offsets; default: cycle.start, else the day the programme is read.',
      type: 'string',
      format: 'date',
      pattern:
        '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
    },
    cycle: {
      description:
        "The mentoring cycle: its first day and its length in weeks, which turns mentors' weeklyMinutes into hours budgets; default: none.",
      type: 'object',
      properties: {
        start: {
          description:
            'The first day of the cycle, "YYYY-MM-DD"; default: startDate, which it must equal when both are given.',
          type: 'string',
          format: 'date',
          pattern:
            '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
        },
        weeks: {
          description: 'Length of the cycle in weeks, a whole number ≥ 1.',
          type: 'integer',
          minimum: 1,
          maximum: 9007199254740991,
        },
      },
      required: ['weeks'],
      additionalProperties: false,
    },
    history: {
      description:
        "Pairs made in earlier cycles, read by rules.repeatPairs: a previous result's matches with their date (historyFromResult). Their people may have left the programme: unknown ids are allowed, and listed in the warnings; default: none.",
      type: 'array',
      items: {
        type: 'object',
        properties: {
          mentee: {
            description: "The mentee's id in that cycle.",
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          mentor: {
            description: "The mentor's id in that cycle.",
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          topic: {
            description:
              'Micro mode: the topic of the request the pair was about; without it, the pair repeats on every topic. Classic mode: ignored.',
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                maxLength: 200,
              },
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            ],
          },
          date: {
            description: 'The day of the pairing, "YYYY-MM-DD".',
            type: 'string',
            format: 'date',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
          },
        },
        required: ['mentee', 'mentor', 'date'],
        additionalProperties: false,
      },
    },
    asOf: {
      description:
        'The day from which rules.repeatWindowDays counts back, "YYYY-MM-DD"; default: startDate, else the latest date of the history.',
      type: 'string',
      format: 'date',
      pattern:
        '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
    },
  },
  required: ['mode', 'topics', 'mentors', 'mentees'],
  additionalProperties: false,
};
