import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
export const WEB_DIR = join(ROOT, 'dist', 'web');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the web app unless dist/web is newer than every file of apps/web/src. */
export function ensureWebBuilt(): void {
  const index = join(WEB_DIR, 'index.html');
  const sources = newest(join(ROOT, 'apps', 'web', 'src'));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error'],
    // What ships: a production build (jest runs with NODE_ENV=test, which gave React's
    // development build).
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
}
