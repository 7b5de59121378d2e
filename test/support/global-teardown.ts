import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { ENV } from './test-database';

/** Drops what the run created: leftover test databases and the template, or the dump file. */
export default async function globalTeardown(): Promise<void> {
  const mode = process.env[ENV.mode];
  if (mode === 'embedded') {
    await rm(process.env[ENV.dump]!, { force: true });
  } else if (mode === 'server') {
    const client = new Client({ connectionString: process.env[ENV.adminUrl] });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2',
        [`${process.env[ENV.prefix]}%`, process.env[ENV.template]],
      );
      for (const { datname } of rows) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    } finally {
      await client.end();
    }
  }
  delete process.env[ENV.mode];
}
