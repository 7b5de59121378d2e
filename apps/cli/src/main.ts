import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Language } from '@zyklus/common';
import { ConfigurationError, loadConfig } from '@zyklus/config';
import { DataDirInUseError } from '@zyklus/database';
import { PersonService } from '@zyklus/identity';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';

const USAGE = `Usage:
  npm run cli -- create-admin --email <address> --name "<full name>" [--language de|en]

Commands:
  create-admin   Makes the person with this address an admin and program manager (creating
                 them if needed), so a new deployment can begin. They then sign in with a
                 link sent to that address.`;

class UsageError extends Error {}

/** What the person table holds (see PersonEntity), in characters. */
const MAX_NAME = 200;
const MAX_EMAIL = 254;
const characters = (text: string) => [...text].length;

function parse(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      language: { type: 'string', default: 'de' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined) throw new UsageError('');
  if (command !== 'create-admin') throw new UsageError(`Unknown command: ${command}`);
  const email = values.email?.trim() ?? '';
  const name = values.name?.trim() ?? '';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new UsageError('--email needs an email address');
  if (characters(email) > MAX_EMAIL) {
    throw new UsageError(`--email may have at most ${MAX_EMAIL} characters`);
  }
  if (!name) throw new UsageError('--name needs the person’s full name');
  if (characters(name) > MAX_NAME) {
    throw new UsageError(`--name may have at most ${MAX_NAME} characters`);
  }
  if (values.language !== 'de' && values.language !== 'en') {
    throw new UsageError('--language must be de or en');
  }
  return { email, name, preferredLanguage: values.language as Language };
}

async function main(): Promise<number> {
  let input: ReturnType<typeof parse>;
  try {
    input = parse(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message ? `${message}\n\n${USAGE}` : USAGE);
    return error instanceof UsageError && !message ? 0 : 2;
  }
  // A one-off command: it never dispatches reminders itself.
  const config = loadConfig({ ...process.env, SCHEDULER_ENABLED: 'false' });
  // Silent while it starts: a failure to start (the embedded database in use by the server) is
  // said in one line below, not as Nest's stack trace.
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  app.useLogger(['error', 'warn']);
  try {
    const { person, created } = await app.get(PersonService).ensureAdmin(input);
    console.log(
      `${created ? 'Created' : 'Updated'} ${person.name} <${person.email}> with roles ${person.roles.join(', ')}.`,
    );
    console.log(`Sign in by requesting a link for ${person.email} (see README: Signing in).`);
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigurationError || error instanceof DataDirInUseError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
