// A browser flow signs in, loads pages and waits for mails: more than the default 30 s on a
// busy two-core machine.
jest.setTimeout(180_000);
