/** A double-quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The app's tables: ordinary and partitioned tables of schema public, by name. */
export const APP_TABLES_SQL = `
  SELECT c.relname AS name FROM pg_class c
   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   ORDER BY c.relname`;

/** Column names of table $1 in schema public, in their order. */
export const TABLE_COLUMNS_SQL = `
  SELECT a.attname AS name FROM pg_attribute a
   WHERE a.attrelid = ('public.' || quote_ident($1))::regclass AND a.attnum > 0 AND NOT a.attisdropped
   ORDER BY a.attnum`;
