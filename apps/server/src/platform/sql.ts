/** Small SQL helpers shared by queries on both engines. */
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** `%text%` with LIKE's wildcards in the text escaped, for `like … escape '\'`. */
export const containsPattern = (text: string) => `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

/**
 * "Any of these columns contains the text", case-sensitive, wildcards in the text taken literally
 * (SQLite has no default LIKE escape character, so it is always named).
 */
export function anyContains(columns: string[], text: string): RawBuilder<SqlBool> {
  const pattern = containsPattern(text);
  const parts = columns.map((c) => sql`${sql.ref(c)} like ${pattern} escape '\\'`);
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
