// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser and extension globals that pure core code must not touch: time and I/O are passed in. */
const CORE_FORBIDDEN_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'indexedDB', 'localStorage', 'fetch',
  'MutationObserver', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'performance',
].map((name) => ({ name, message: 'src/core is pure: pass time, storage and the page in from the caller.' }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/', 'test/fixtures/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Use src/platform/browser.ts, the one seam around extension APIs.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/platform/browser.ts, the one seam around extension APIs.' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      // Caption text and imported files are untrusted: they are only ever rendered as text.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text is rendered as text only.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM with DOM APIs or Preact; never assign HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM with DOM APIs or Preact; never insert HTML.' },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/core receives time; it never reads the clock.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'idb', 'preact'],
          patterns: [{ group: ['**/platform/**', '**/content/**', '**/background/**', '**/storage/**', '**/ui/**'], message: 'src/core depends on nothing outside src/core.' }],
        },
      ],
    },
  },
  {
    // Tests load fixture pages as HTML on purpose.
    files: ['test/**'],
    rules: { 'no-restricted-globals': 'off', 'max-lines': 'off', 'no-restricted-syntax': 'off' },
  },
);
