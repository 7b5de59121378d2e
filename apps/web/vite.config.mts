// The web app: built to dist/web, which the api serves at / (same origin as /graphql).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mantineStyles } from './mantine-styles.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to every script, style sheet and SVG of
 * the build, compressed once at the highest level; the api sends the one the browser accepts
 * (see WebAppMiddleware), so no request pays for compressing.
 */
function precompress(): Plugin {
  return {
    name: 'zyklus-precompress',
    apply: 'build',
    // After the files are written: only then are they final (Vite fills in its preload lists
    // late in generateBundle).
    writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(fileName)) continue;
        const path = join(dir, fileName);
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        const brotli = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        writeFileSync(`${path}.br`, brotli);
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [mantineStyles(), precompress()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or styles in index.html: the api's CSP allows script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // The libraries every page needs, in chunks of their own: fetched in parallel with the
        // app (index.html preloads them) and kept in the browser's cache across releases of the
        // app. Only modules the first page loads ($initial): what lazy pages alone use stays
        // in their chunks.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              tags: ['$initial'],
              priority: 3,
            },
            {
              name: 'mantine',
              test: /[\\/]node_modules[\\/]@mantine[\\/]/,
              tags: ['$initial'],
              priority: 2,
            },
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/]/,
              tags: ['$initial'],
              priority: 1,
            },
          ],
        },
      },
      // Mantine marks its modules "use client" (for React Server Components); meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run web:dev`: the api runs on 3000, the dev server proxies GraphQL to it.
    proxy: { '/graphql': 'http://localhost:3000' },
  },
  test: {
    root,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Forms typed into key by key: on a shared two-core machine (load 20–30) a test took 6 s.
    testTimeout: 30_000,
  },
});
