import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The server's emitted schema is the truth once it exists; until then, the agreed plan.
const emitted = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));
const planned = fileURLToPath(new URL('../docs/schema-plan.graphql', import.meta.url));
const schema = existsSync(emitted) ? emitted : planned;

const config: CodegenConfig = {
  overwrite: true,
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/__generated__/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client has its own `useFragment` hook: give the type-level unmasking helper another name.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
        enumType: 'string-literal',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
