import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Debian's Chromium (or another) from CHROMIUM_PATH or PATH; Playwright downloads none here. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

let told = false;

/**
 * `describe` when a Chromium is found; otherwise `describe.skip` with one line saying how to
 * enable the browser tests. With REQUIRE_BROWSER_TESTS=1 (CI) a missing browser fails instead.
 */
export function describeInBrowser(): jest.Describe {
  if (findChromium()) return describe;
  if (process.env.REQUIRE_BROWSER_TESTS === '1') {
    throw new Error(
      'REQUIRE_BROWSER_TESTS=1 but no Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH',
    );
  }
  if (!told) {
    told = true;
    console.warn(
      'Browser tests skipped: no Chromium found. Enable them with `apt-get install -y chromium` (Debian) or CHROMIUM_PATH=/path/to/chromium.',
    );
  }
  return describe.skip;
}
