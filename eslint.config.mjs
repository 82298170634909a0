import nx from '@nx/eslint-plugin';
import nextPlugin from '@next/eslint-plugin-next';
import drizzle from 'eslint-plugin-drizzle';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.data/**',
      '**/migrations/**',
      '**/next-env.d.ts',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise is awaited, returned or explicitly `void`ed.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The web app talks to the server only through the API package (and shares the domain's schemas).
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:api', 'type:domain'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:data', 'type:domain'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain'] },
            // The domain is plain TypeScript: no I/O, no framework, only zod.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], allowedExternalImports: ['zod', 'vitest'] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:api', 'type:data', 'type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (Next page/layout/route/config files excepted).',
        },
      ],
    },
  },
  {
    // Next requires default exports for these files; configs too.
    files: [
      '**/app/**/page.tsx',
      '**/app/**/layout.tsx',
      '**/app/**/not-found.tsx',
      '**/app/**/error.tsx',
      '**/app/**/global-error.tsx',
      '**/app/**/loading.tsx',
      '**/i18n/request.ts',
      '**/*.config.ts',
      '**/*.config.mjs',
      'eslint.config.mjs',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Configuration is parsed once, with zod, in libs/api/src/config.ts.
    files: ['libs/**/*.ts', 'apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: ['libs/api/src/config.ts', 'libs/db/src/testing/**', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through serverConfig() / readServerConfig() in libs/api/src/config.ts.',
        },
      ],
    },
  },
  {
    files: ['libs/db/**/*.ts', 'libs/api/**/*.ts'],
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@srw/api',
              message:
                "Server code imports '@srw/api/server' (guarded by server-only); client code only '@srw/api/client-types'.",
            },
          ],
        },
      ],
    },
  },
);
