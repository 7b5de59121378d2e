// Types and typed documents for the web app, generated from the committed schema.gql and the
// .graphql documents beside each feature: `npm run web:codegen`; `npm run web:codegen:check`
// fails when the generated files are stale (CI runs it).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          LocalTime: 'string',
        },
      },
    },
  },
};

export default config;
