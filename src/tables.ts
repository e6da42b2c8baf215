/**
 * `mentormatch/tables`: a programme from spreadsheet rows (HR exports already parsed into records),
 * in an entry of its own so that the root entry, which every serverless function loads, stays small.
 */
export {
  type ProgramFromTablesOptions,
  type ProgramTables,
  programFromTables,
  type TableName,
  type TableRow,
} from './model/programFromTables.js';
