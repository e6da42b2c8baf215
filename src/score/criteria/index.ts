/** Every criterion, in `CRITERIA` order. */
import type { CriterionDef } from '../context.js';
import { custom, preference } from './choices.js';
import { novelty, repeat, rotation } from './history.js';
import { department, language, seniority, timeZone, values } from './people.js';
import { expertise, goals, willingness } from './topics.js';

export const CRITERION_DEFS: readonly CriterionDef[] = Object.freeze([
  expertise,
  willingness,
  goals,
  seniority,
  language,
  timeZone,
  department,
  preference,
  values,
  custom,
  repeat,
  novelty,
  rotation,
]);
