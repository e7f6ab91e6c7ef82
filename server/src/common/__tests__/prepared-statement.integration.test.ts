import type { Pool } from 'pg';
import { signedIn } from '../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../test-support/test-server';

const ME = `query { me { email } }`;

describe.each(DATABASE_KINDS)('prepared statements when the pool opens a new connection, on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 60_000);
  afterAll(() => server.close());

  it('still resolves sessions and claim reads after the connections they were prepared on are gone', async () => {
    const reporter = await signedIn(server.url, 'reporter.hengyang@demo.example');
    expect(await reporter.data(ME)).toEqual({ me: { email: 'reporter.hengyang@demo.example' } });
    // Embedded PGlite keeps one Postgres session behind every connection: the statements outlive the connection.
    const pool = (server.database.dataSource.driver as unknown as { master: Pool }).master;
    for (let i = 0; i < 2; i += 1) {
      const connection = await pool.connect();
      connection.release(true);
      expect(await reporter.data(ME)).toEqual({ me: { email: 'reporter.hengyang@demo.example' } });
      const result = await reporter.request(`mutation { claimAssignment(assignmentId: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
