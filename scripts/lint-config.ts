// The lint configuration, written from the floors and layers below, so a new folder or an
// import against the documented order is one line here and an error in `npm test`.
// .oxlintrc.json is this file's output: `npm run lint:config` rewrites it, and a unit test
// fails when the two differ.

/**
 * The domain's floors, bottom first: each may import the floors below it, never one above.
 * `ground` is `src/domain/*.ts` and `src/domain/methods/`.
 */
export const DOMAIN_FLOORS = [
  'ground',
  'profile',
  'inventory',
  'strategy',
  'schedule',
  'impact',
  'export',
  'plan',
] as const;

/** Folders of `src/domain/` that are the ground floor beside its top-level files. */
const GROUND_FOLDERS = ['methods'];

const FEATURES = [
  'plans',
  'wizard',
  'recommendation',
  'inventory',
  'schedule',
  'impact',
  'export',
] as const;

const PURE_LIBRARIES = {
  group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', '@tanstack/*', 'idb-keyval'],
  message: 'domain/ is pure: no UI, state or storage libraries.',
};

/** Import patterns of the given top-level folders of `src/`, relative or through `#src/`. */
function layers(...names: string[]) {
  return [...names.map((n) => `**/${n}/**`), ...names.map((n) => `#src/${n}/**`)];
}

const DOMAIN_ONLY = {
  group: layers('features', 'store', 'ui', 'app', 'config'),
  message: 'domain/ imports only domain/.',
};

type Pattern = { group: string[]; message: string };
const restrict = (...patterns: Pattern[]) => ({
  'no-restricted-imports': ['error', { patterns }],
});

/** What a floor must not import: every floor above it. */
function floorPattern(floor: (typeof DOMAIN_FLOORS)[number]): Pattern | null {
  const above = DOMAIN_FLOORS.slice(DOMAIN_FLOORS.indexOf(floor) + 1);
  if (above.length === 0) return null;
  return {
    group: above.flatMap((f) => [`**/${f}/**`, `#src/domain/${f}/**`]),
    message: `domain/ floors, bottom first: ${DOMAIN_FLOORS.join(' → ')}. ${floor} imports only the floors below it.`,
  };
}

function domainOverrides() {
  const pureRules = {
    'no-restricted-globals': [
      'error',
      'window',
      'document',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'fetch',
      'navigator',
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Date',
        property: 'now',
        message: 'Domain code never reads the clock: take the date as an argument.',
      },
      { object: 'Math', property: 'random', message: 'Domain code is deterministic.' },
      { object: 'performance', property: 'now', message: 'Domain code never reads the clock.' },
    ],
  };
  const floors = DOMAIN_FLOORS.map((floor) => {
    const files =
      floor === 'ground'
        ? ['src/domain/*.ts', ...GROUND_FOLDERS.map((g) => `src/domain/${g}/**`)]
        : [`src/domain/${floor}/**`];
    const patterns = [PURE_LIBRARIES, DOMAIN_ONLY, floorPattern(floor)].filter(
      (p): p is Pattern => p !== null,
    );
    return { files, rules: restrict(...patterns) };
  });
  return [
    {
      files: ['src/domain/**', 'src/workers/**'],
      rules: { ...restrict(PURE_LIBRARIES, DOMAIN_ONLY), ...pureRules },
    },
    ...floors,
  ];
}

/**
 * The PDF worker's work is drawing, not domain logic: its shell alone may import the renderer
 * (jsPDF, fonts fetched on first use), which lives with the export page.
 */
const PDF_WORKER = {
  files: ['src/workers/render-pdf.worker.ts'],
  rules: restrict(PURE_LIBRARIES, {
    group: [...DOMAIN_ONLY.group, '!**/features/export/pdf/render-plan-pdf.ts'],
    message: 'The PDF worker imports domain/ and the PDF renderer (render-plan-pdf.ts) only.',
  }),
};

function featureOverrides() {
  return FEATURES.map((feature) => {
    const others = FEATURES.filter((f) => f !== feature);
    return {
      files: [`src/features/${feature}/**`],
      rules: restrict(
        {
          group: [...others.map((f) => `../${f}/*`), ...others.map((f) => `#src/features/${f}/**`)],
          message: 'Features do not import each other: share through domain/, store/ or ui/.',
        },
        {
          group: layers('app'),
          message: 'Features sit below app/: links come from config/paths.ts.',
        },
      ),
    };
  });
}

export function lintConfig() {
  return {
    $schema: './node_modules/oxlint/configuration_schema.json',
    plugins: ['typescript', 'unicorn', 'import', 'react', 'jsx-a11y', 'vitest', 'oxc'],
    categories: { correctness: 'error', suspicious: 'warn' },
    ignorePatterns: ['dist', 'node_modules', 'test-results', 'playwright-report', '.bench'],
    rules: {
      'import/no-cycle': 'error',
      'unicorn/filename-case': ['error', { case: 'kebabCase' }],
      'typescript/consistent-type-imports': 'error',
      'typescript/no-explicit-any': 'error',
      'react/react-in-jsx-scope': 'off',
      'no-console': 'off',
      'vitest/no-conditional-expect': 'off',
      'unicorn/no-array-sort': 'off',
      'import/no-unassigned-import': 'off',
      'import/no-named-as-default-member': 'off',
      'import/no-named-as-default': 'off',
      'unicorn/consistent-function-scoping': 'off',
      'jsx-a11y/prefer-tag-over-role': 'off',
      'jsx-a11y/control-has-associated-label': 'off',
      'react/incompatible-library': 'off',
      'unicorn/no-array-reverse': 'off',
      'unicorn/require-post-message-target-origin': 'off',
    },
    overrides: [
      ...domainOverrides(),
      PDF_WORKER,
      {
        files: ['src/store/**'],
        rules: restrict({
          group: layers('features', 'app', 'ui'),
          message: 'store/ imports domain/, config/ and workers/ only.',
        }),
      },
      {
        files: ['src/ui/**'],
        rules: restrict({
          group: layers('features', 'app', 'store'),
          message: 'ui/ is presentational: no store, features or app.',
        }),
      },
      {
        files: ['src/config/**'],
        rules: restrict({
          group: layers('features', 'app', 'store', 'ui', 'domain', 'workers'),
          message: 'config/ is the lowest layer of the UI: it imports nothing of the app.',
        }),
      },
      ...featureOverrides(),
    ],
  };
}

/** The file's text, formatted by Prettier as `npm run format:check` expects it. */
export async function lintConfigText(): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const options = (await resolveConfig('.oxlintrc.json')) ?? {};
  return format(JSON.stringify(lintConfig()), { ...options, parser: 'json' });
}
