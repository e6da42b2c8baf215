/** Moved to src/internal/describeValue.ts; this re-export keeps the importers not yet updated working. */
export { describeValue } from '../../internal/describeValue.js';
