import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@zyklus/config';
import { StatementCounter } from '@zyklus/database';
import { AppModule } from '../../apps/api/src/app.module';
import type { Request } from './processes';

/**
 * SQL statements per request, counted by the api's own statement counter in an api started in
 * this process on the same database (the one under load runs on its own, uncounted): each
 * request once to warm up, then once counted.
 */
export async function countStatements(
  databaseUrl: string,
  secret: string,
  requests: readonly Request[],
): Promise<number[]> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secret,
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  });
  const module = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app: INestApplication = module.createNestApplication({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  try {
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const counter = app.get(StatementCounter);
    const counts: number[] = [];
    for (const request of requests) {
      const send = async () => {
        const response = await fetch(`${url}${request.path}`, request);
        await response.text();
        if (response.status !== 200) throw new Error(`${request.path}: HTTP ${response.status}`);
      };
      await send();
      counts.push((await counter.measure(send)).statements);
    }
    return counts;
  } finally {
    await app.close();
  }
}
