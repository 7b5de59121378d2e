// Three layers, one command (`npm test`): unit tests of pure logic, integration tests of
// services on real PostgreSQL, and end-to-end tests over HTTP. Each database test file gets its
// own database cloned from a migrated template (see test/support/global-setup.ts).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // Nest 12 and PGlite ship ES modules; Jest on Node 20 needs them as CommonJS.
  transform: { '^.+\\.(t|j|cj|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@electric-sql)/)'],
  moduleNameMapper: { '^@zyklus/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['reflect-metadata'],
};

const database = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  maxWorkers: 2,
  testTimeout: 30_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...shared,
      ...database,
      displayName: 'integration',
      testMatch: ['<rootDir>/libs/**/*.int-spec.ts'],
    },
    { ...shared, ...database, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // The web app in Debian's Chromium against a freshly started server (skipped without one).
    {
      ...shared,
      ...database,
      globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/setup.ts'],
    },
  ],
};
