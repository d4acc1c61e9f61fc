import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { WRITER_AUTOCHECKPOINT_PAGES } from './checkpointer.ts';
import { createDatabase } from './create-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'kawalis-ckpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
}

describe('the WAL checkpointer thread (SQLite)', () => {
  it('copies committed pages into the database file while the writer only appends to the WAL', async () => {
    const file = join(dir, 'a.db');
    const database = createDatabase(`sqlite:${file}`);
    expect(Number(database.sqlite?.pragma('wal_autocheckpoint', { simple: true }))).toBe(WRITER_AUTOCHECKPOINT_PAGES);
    await sql`create table t (id integer primary key, body blob)`.execute(database.db);
    const before = statSync(file).size;
    // About 2,000 pages in one commit: more than SQLite's default autocheckpoint, fewer than the writer's.
    database.sqlite?.transaction(() => {
      const ins = database.sqlite?.prepare('insert into t (body) values (randomblob(4000))');
      for (let i = 0; i < 2000; i++) ins?.run();
    })();
    expect(await until(() => statSync(file).size > before + 7_000_000)).toBe(true);
    const rows = await sql<{ n: bigint }>`select count(*) as n from t`.execute(database.db);
    expect(Number(rows.rows[0].n)).toBe(2000);
    await database.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('has no thread for an in-memory database', async () => {
    const database = createDatabase('sqlite::memory:');
    expect(Number(database.sqlite?.pragma('wal_autocheckpoint', { simple: true }))).toBe(1000);
    await database.close();
  });
});
