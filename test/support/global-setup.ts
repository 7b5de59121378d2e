// Jest does not map path aliases for global setup: resolve @zyklus/* through tsconfig.json.
import 'tsconfig-paths/register';
import { startEmbeddedPostgres } from '@zyklus/database';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { adminQuery, ENV, migrate, serverUrlCandidate, withDatabase } from './test-database';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Prepares one migrated template per test run (once, even though two projects use it):
 * a template database on the PostgreSQL server, or a dump of a migrated embedded engine.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[ENV.mode]) return;
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const adminUrl = withDatabase(serverUrlCandidate(), 'postgres');
  if (await reachable(adminUrl)) {
    const template = `zyklus_tpl_${run}`;
    await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
    await migrate(withDatabase(adminUrl, template), 1);
    Object.assign(process.env, {
      [ENV.mode]: 'server',
      [ENV.adminUrl]: adminUrl,
      [ENV.template]: template,
      [ENV.prefix]: `zyklus_t_${run}_`,
    });
    return;
  }
  console.warn(
    '\nNo PostgreSQL server reachable: running the database tests on the embedded engine.',
  );
  const engine = await startEmbeddedPostgres();
  try {
    await migrate(engine.url, 1);
    const dump = await engine.db.dumpDataDir('none');
    const file = join(tmpdir(), `zyklus-test-${run}.tar`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    Object.assign(process.env, { [ENV.mode]: 'embedded', [ENV.dump]: file });
  } finally {
    await engine.stop();
  }
}
