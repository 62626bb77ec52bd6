import { sql, type Expression, type RawBuilder } from 'kysely';

/** `text` with LIKE's wildcards (`%`, `_`) and the escape character itself escaped by a backslash. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * `value LIKE pattern ESCAPE '\'`: the escape character declared, because
 * SQLite has none by default (PostgreSQL's default is the backslash), so an
 * escaped `\_` there matched a backslash plus any character. Build `pattern`
 * with escapeLike around the literal parts.
 *
 * @example likeEscaped(eb.ref('subject'), `%:${escapeLike(id)}`)
 */
export function likeEscaped(value: Expression<string>, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${value} like ${pattern} escape '\\'`;
}
