#!/usr/bin/env node
// Generates a migration from the difference between the entities and the database
// (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/zyklus_dev with all migrations applied),
// then rewrites libs/database/src/migrations/index.ts so the app runs it.
// Usage: npm run migration:generate -- AddNetworks
const { execFileSync } = require('node:child_process');
const { readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const dir = join(__dirname, '..', 'libs', 'database', 'src', 'migrations');
const cli = ['typeorm-ts-node-commonjs', '-d', 'libs/database/src/cli/data-source.ts'];
const run = (...args) => execFileSync('npx', [...cli, ...args], { stdio: 'inherit' });

run('migration:run');
run('migration:generate', '--pretty', join(dir, name));

const files = readdirSync(dir)
  .filter((file) => /^\d+-[A-Za-z0-9]+\.ts$/.test(file))
  .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
const classOf = (file) => {
  const [stamp, rest] = file.replace(/\.ts$/, '').split('-');
  return `${rest}${stamp}`;
};
const index = [
  ...files.map((file) => `import { ${classOf(file)} } from './${file.replace(/\.ts$/, '')}';`),
  '',
  '/** Every migration, oldest first. The app and the tests run exactly these. */',
  'export const MIGRATIONS = [',
  ...files.map((file) => `  ${classOf(file)},`),
  '];',
  '',
].join('\n');
writeFileSync(join(dir, 'index.ts'), index);
execFileSync('npx', ['prettier', '--write', dir], { stdio: 'inherit' });
console.log(`Registered ${files.length} migration(s) in ${join(dir, 'index.ts')}`);
