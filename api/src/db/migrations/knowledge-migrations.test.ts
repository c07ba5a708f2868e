import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Knowledge1764000007000 } from './1764000007000-knowledge.js';
import { Publications1764000007100 } from './1764000007100-publications.js';

/** The knowledge-library migrations can be undone and redone, so their `down()` does not rot. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const TABLES = ['knowledge_item', 'knowledge_item_version', 'knowledge_review', 'publication', 'publication_co_signer'];
const tables = async () =>
  (
    await app.sql<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[]) ORDER BY 1',
      [TABLES],
    )
  ).map((t) => t.table_name);
const indexes = async () =>
  (
    await app.sql<{ indexname: string }>(
      'SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY($1::text[]) ORDER BY 1',
      [TABLES],
    )
  ).map((i) => i.indexname);

describe('the knowledge-library migrations', () => {
  it('go down and up again', async () => {
    const before = await indexes();
    expect(before).toEqual(expect.arrayContaining(['knowledge_item_search_idx', 'knowledge_item_themes_idx', 'publication_search_idx']));
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new Publications1764000007100().down(runner);
      await new Knowledge1764000007000().down(runner);
      expect(await tables()).toEqual([]);
      await new Knowledge1764000007000().up(runner);
      await new Publications1764000007100().up(runner);
    } finally {
      await runner.release();
    }
    expect(await tables()).toEqual([...TABLES].sort());
    expect(await indexes()).toEqual(before);
  });

  it('keeps a text in review or published backed by a source, and a short answer quotable', async () => {
    const [organisation] = await app.sql("INSERT INTO organisation (kind, name) VALUES ('NGO', 'Test') RETURNING id");
    const insert = (status: string, shortAnswer: string, sources: string) =>
      app.sql('INSERT INTO knowledge_item (organisation_id, question, short_answer, status, sources) VALUES ($1, $2, $3, $4, $5::jsonb)', [
        organisation?.id,
        'Vraag?',
        shortAnswer,
        status,
        sources,
      ]);
    await expect(insert('PUBLISHED', 'Ja.', '[]')).rejects.toThrow(/knowledge_item_sourced_check/);
    await expect(insert('DRAFT', 'x'.repeat(281), '[]')).rejects.toThrow(/check/);
    await insert('DRAFT', 'Ja.', '[]');
    const [row] = await app.sql(
      "SELECT search_vector @@ websearch_to_tsquery('dutch', 'vragen') AS found FROM knowledge_item WHERE organisation_id = $1",
      [organisation?.id],
    );
    expect(row?.found).toBe(true);
  });
});
