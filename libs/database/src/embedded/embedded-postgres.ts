import { type Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { lockDataDir } from './data-dir-lock';

// A subpath export, which this project's module resolution (node10) does not type: required.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

/** A running embedded PostgreSQL (PGlite) reachable over the PostgreSQL wire protocol. */
export interface EmbeddedPostgres {
  /** Connection URL for the ordinary `pg` driver; use a pool of exactly one connection. */
  readonly url: string;
  readonly db: PGlite;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Keep the data in this directory across restarts; in memory when absent. */
  dataDir?: string;
  /** Start from a dump made by `PGlite.dumpDataDir()` (tests clone a migrated template so). */
  loadDataDir?: Blob | File;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) and serves it on a free port on 127.0.0.1.
 * PGlite has one backend: all sockets share it, so clients must use a pool of one connection
 * (with more, concurrent transactions interleave on the same session).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  let db: PGlite;
  let server: PGLiteSocketServer;
  try {
    db = await PGlite.create({
      // pg_trgm: the similarity the initiatives' duplicate check uses, as on PostgreSQL.
      extensions: { pg_trgm },
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
  } catch (error) {
    release();
    throw error;
  }
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    db,
    async stop() {
      await server.stop();
      await db.close();
      release();
    },
  };
}
