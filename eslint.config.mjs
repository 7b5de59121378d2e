// Lint with zero warnings (`npm run lint`): typescript-eslint's recommended type-aware rules,
// with formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@zyklus/*/*'],
              message: 'Import a library through its public face: @zyklus/<lib>.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reminders are generic over event kinds: the contexts with events depend on them, never
    // the other way round (README "Adding an event kind").
    files: ['libs/reminders/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@zyklus/*/*'],
              message: 'Import a library through its public face: @zyklus/<lib>.',
            },
            {
              group: [
                '@zyklus/workshops',
                '@zyklus/buddies',
                '@zyklus/peer-rounds',
                '@zyklus/local-cycles',
                '@zyklus/privacy',
                '@zyklus/demo',
                '**/libs/workshops/**',
                '**/libs/buddies/**',
                '**/libs/peer-rounds/**',
                '**/libs/local-cycles/**',
              ],
              message:
                'libs/reminders knows no kind of event: the context registers an adapter (@ReminderEventAdapter) instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Data protection orchestrates every context through the contract (discovery), so it may
    // not depend on any of them: a feature library depends on the contract, never back.
    files: ['libs/privacy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@zyklus/*/*'],
              message: 'Import a library through its public face: @zyklus/<lib>.',
            },
            {
              group: [
                '@zyklus/cohorts',
                '@zyklus/workshops',
                '@zyklus/reminders',
                '@zyklus/buddies',
                '@zyklus/peer-rounds',
                '@zyklus/local-cycles',
                '@zyklus/demo',
              ],
              message:
                'libs/privacy imports no feature library: the context provides a @PersonalDataContext() (README, "Personal data in a new context").',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read GraphQL answers as loosely typed JSON.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
  },
  prettier,
);
