/**
 * Only the Mantine style sheets the web app needs, instead of all 235 KB of
 * @mantine/core/styles.css (render-blocking on the first page). The Vite plugin `mantineStyles()`
 * answers `import 'virtual:mantine-styles'` (in src/main.tsx) with one import per sheet, worked out
 * at every build from the source, so a component a feature starts to use brings its styles along:
 * each `import { … } from '@mantine/core'` under src/ names components; each is followed through
 * @mantine/core's own ES modules, collecting the `X.module.mjs` class maps it reaches (Button →
 * UnstyledButton, Loader …); each belongs to `@mantine/core/styles/X.css`. They are imported in the
 * order of Mantine's styles.css, where later rules override earlier ones of the same weight.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const WEB = fileURLToPath(new URL('.', import.meta.url));
const SRC = join(WEB, 'src');
const CORE = join(WEB, '..', '..', 'node_modules', '@mantine', 'core');
const ESM = join(CORE, 'esm');
const ALWAYS = ['baseline.css', 'default-css-variables.css', 'global.css'] as const;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Names imported from @mantine/core anywhere in the app (types left out). */
function usedNames(): Set<string> {
  const names = new Set<string>();
  const statement = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@mantine\/core'/g;
  for (const file of sources(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(statement)) {
      if (match[1]) continue;
      for (const part of (match[2] ?? '').split(',')) {
        const name = part
          .trim()
          .replace(/^type\s+.*/, '')
          .split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/** Where @mantine/core's index takes each export from. */
function exportModules(): Map<string, string> {
  const index = readFileSync(join(ESM, 'index.mjs'), 'utf8');
  const modules = new Map<string, string>();
  for (const match of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name && match[2]) modules.set(name, resolve(ESM, match[2]));
    }
  }
  return modules;
}

/** The class maps (`X.module.mjs`) a module reaches through its relative imports. */
function classMaps(start: string): Set<string> {
  const seen = new Set<string>();
  const maps = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.module.mjs')) maps.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|export)\s[^"]*?from\s*"(\.[^"]+)"/g)) {
      if (match[1]) queue.push(resolve(dirname(file), match[1]));
    }
  }
  return maps;
}

/** The style sheets (file names under @mantine/core/styles/) the app's components need. */
export function mantineStyleSheets(): string[] {
  const modules = exportModules();
  const sheets = new Set<string>(ALWAYS);
  for (const name of usedNames()) {
    const module = modules.get(name);
    if (!module) continue; // a function or type, not a component
    for (const map of classMaps(module)) {
      const sheet = `${(map.split('/').pop() ?? '').replace(/\.module\.mjs$/, '')}.css`;
      try {
        statSync(join(CORE, 'styles', sheet));
        sheets.add(sheet);
      } catch {
        throw new Error(`No style sheet ${sheet} for ${relative(CORE, map)}`);
      }
    }
  }
  // Mantine's own order (later rules override earlier ones of the same weight).
  const all = readFileSync(join(CORE, 'styles.css'), 'utf8');
  const position = (sheet: string) => {
    if ((ALWAYS as readonly string[]).includes(sheet))
      return (ALWAYS as readonly string[]).indexOf(sheet) - ALWAYS.length;
    const css = readFileSync(join(CORE, 'styles', sheet), 'utf8');
    const selector = /\.m_[0-9a-f]+/.exec(css)?.[0];
    const at = selector ? all.indexOf(`${selector} `) : -1;
    if (at < 0) throw new Error(`Cannot place ${sheet} in styles.css`);
    return at;
  };
  return [...sheets].sort((a, b) => position(a) - position(b));
}

const ID = 'virtual:mantine-styles';

export function mantineStyles(): Plugin {
  return {
    name: 'zyklus-mantine-styles',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      return mantineStyleSheets()
        .map((sheet) => `import '@mantine/core/styles/${sheet}';`)
        .join('\n');
    },
  };
}
