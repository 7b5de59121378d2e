// A browser flow signs in, loads pages, checks each with axe, takes screenshots and waits for
// mails: on a busy two-core machine shared with other test runs (load average 20–30) the longest
// flow took over 180 s, so each test gets six minutes.
jest.setTimeout(360_000);
