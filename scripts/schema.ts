// Builds the GraphQL schema from the API's resolvers and writes schema.gql (sorted), or with
// --check fails when the committed file differs. Needs no database.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_RESOLVERS } from '../apps/api/src/graphql/resolvers';

const FILE = join(__dirname, '..', 'schema.gql');

export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main(): Promise<void> {
  const text = await buildSchemaText();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(FILE, 'utf8');
    if (committed !== text) {
      console.error('schema.gql is stale: run `npm run schema` and commit the result.');
      process.exit(1);
    }
    console.log('schema.gql is current.');
    return;
  }
  writeFileSync(FILE, text);
  console.log(`Wrote ${FILE}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
