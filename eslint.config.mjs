// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const frameworkImports = {
  patterns: [
    {
      group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'wechaty', 'wechaty/*', 'wechaty-*'],
      message: 'src/core is pure domain logic: no framework, ORM or chat imports.',
    },
  ],
};

const dataLayerImports = {
  patterns: [
    {
      group: ['typeorm', 'typeorm/*', '@nestjs/typeorm', '**/infra/db', '**/infra/db/**'],
      message:
        'Modules reach the database through repository ports and the Transactor; implementations live in src/infra/db.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.bench-build/',
      'node_modules/',
      'coverage/',
      'data/',
      'eslint.config.mjs',
      'jest.config.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', frameworkImports] },
  },
  {
    files: ['src/modules/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', dataLayerImports] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/infra/db/transactions.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='transaction'][callee.object.property.name='dataSource']",
          message: 'Run transactions through runTransaction(), which retries deadlock victims.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Learner model plug-ins for the simulator are plain CommonJS (SPEC §9).
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'commonjs',
      parserOptions: { projectService: false },
      globals: { module: 'writable', require: 'readonly' },
    },
  },
);
