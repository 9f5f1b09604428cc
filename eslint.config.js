// ESLint 9 flat config: `npm run lint` (eslint .).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';

/** Node's globals, for the plain JavaScript files (configs and scripts). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'URLSearchParams',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'fetch',
    'AbortSignal',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const ASTRO_VIRTUAL = '**/*.astro/*';
const UNUSED_VARS = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }];
/** A scrollable region (a wide table) must be focusable to scroll by keyboard (axe: scrollable-region-focusable). */
const NONINTERACTIVE_TABINDEX = [
  'error',
  { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
];

/** Reading collections is src/data's job: everything else calls its load helpers. */
const COLLECTION_READERS = {
  name: 'astro:content',
  importNames: [
    'getCollection',
    'getEntry',
    'getEntries',
    'getLiveCollection',
    'getLiveEntry',
    'render',
  ],
  message:
    'Only src/data reads collections: call (or add) a helper in src/data/content.ts, which also holds the "entry must exist" checks.',
};

/** Relative or aliased imports of one of the project's src/ folders. */
const srcFolder = (folders) => `^(?:(?:~|@)/|(?:\\.\\./)+)(?:${folders.join('|')})(?:/|$)`;

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'test-results/', 'coverage/']),
  js.configs.recommended,
  // TypeScript: the type-checked recommended rules, with the project's tsconfig.json.
  // (Scripts inside .astro files reach ESLint as virtual `X.astro/N.ts` files with no type
  // information: they get the untyped rules below instead.)
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: config.files ?? TS_FILES,
    ignores: [ASTRO_VIRTUAL],
  })),
  {
    files: TS_FILES,
    ignores: [ASTRO_VIRTUAL],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': UNUSED_VARS,
    },
  },
  // Astro components (their frontmatter and scripts), with accessibility rules for their markup.
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.astro', ASTRO_VIRTUAL],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // TypeScript (astro check) knows the names; the core rules misread type positions.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': UNUSED_VARS,
      'astro/jsx-a11y/no-noninteractive-tabindex': NONINTERACTIVE_TABINDEX,
    },
  },
  // React islands.
  // (eslint-plugin-astro registers the plugin object itself as `jsx-a11y`; the plugin's own flat
  // config holds a copy, and ESLint refuses two objects under one name, so reuse the original.)
  {
    files: ['**/*.tsx', '**/*.jsx'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: { 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'jsx-a11y/no-noninteractive-tabindex': NONINTERACTIVE_TABINDEX,
    },
  },
  // Plain JavaScript files run by Node: configs and scripts.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  // src/lib is pure logic: no Astro, React, DOM or component imports, no browser globals.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^astro(?::|$|/)',
              message: 'src/lib stays pure: no Astro imports (astro, astro:*, astro/*).',
            },
            {
              regex: '^react(?:-dom)?(?:$|/)',
              message: 'src/lib stays pure: no React imports; islands call into src/lib instead.',
            },
            {
              regex: '^(?:~|@)/(?:islands|components|layouts|pages)(?:/|$)',
              message: 'src/lib must not import islands, components, layouts or pages.',
            },
            {
              regex: '^(?:\\.\\./)+(?:islands|components|layouts|pages)(?:/|$)',
              message: 'src/lib must not import islands, components, layouts or pages.',
            },
            {
              regex: '\\.astro$',
              message: 'src/lib must not import .astro components.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'location', 'navigator'].map(
          (name) => ({
            name,
            message: `src/lib stays pure: take what you need from ${name} as an argument instead.`,
          }),
        ),
      ],
    },
  },
  // Architecture: only src/data reads collections (type imports such as CollectionEntry are fine).
  {
    files: ['src/**'],
    ignores: ['src/data/**', 'src/content.config.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [COLLECTION_READERS] }],
    },
  },
  // Architecture: components are reused by pages, never the other way round.
  {
    files: ['src/components/**', 'src/islands/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: srcFolder(['pages']),
              message: 'Components, islands and layouts must not import pages (routes).',
            },
          ],
        },
      ],
    },
  },
  // Architecture: src/core holds the primitives both schemas and logic need; it imports nothing.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:\\.|~/|@/|astro|react|zod)',
              message:
                'src/core imports nothing: it is the one home of values schemas and logic share.',
            },
          ],
        },
      ],
    },
  },
  // Architecture: schemas validate data; they import no logic, UI or routes (shared values come
  // from src/core).
  {
    files: ['src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: srcFolder([
                'lib',
                'data',
                'islands',
                'components',
                'layouts',
                'pages',
                'client',
                'content-check',
                'integrations',
              ]),
              message:
                'src/schemas imports no logic or UI: move a value both sides need to src/core (a rule that needs a widget derivation goes in src/content-check).',
            },
          ],
        },
      ],
    },
  },
);
