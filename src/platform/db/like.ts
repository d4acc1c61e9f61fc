import { type Expression, type SqlBool, sql } from 'kysely';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * `expr LIKE pattern ESCAPE '\'` with the user's text taken literally: % and _ typed by a user match
 * themselves. The ESCAPE clause is spelled out because SQLite has no default escape character.
 */
export function likeText(expr: Expression<unknown>, text: string, where: 'prefix' | 'contains' = 'contains'): Expression<SqlBool> {
  const pattern = where === 'prefix' ? `${escapeLike(text)}%` : `%${escapeLike(text)}%`;
  return sql<SqlBool>`${expr} like ${pattern} escape '\\'`;
}
