// One job only: keep pack data and page data from ever being parsed as HTML or code in product
// code. Pack text is shown with text nodes (Preact children, `textContent`); the card's one node on
// the page is a shadow host built with `createElement`. Formatting and style are not linted here.
import tsParser from '@typescript-eslint/parser';

const HTML_SINKS = 'innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|parseHTMLUnsafe|srcdoc';
const WHY = 'parses a string as HTML; build nodes with createElement/textContent or Preact children instead.';

export default [
  {
    // Build output, generated types, dependencies and test artefacts.
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'screenshots-local/**', '.tmp/**'],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx,jsx}'],
    // Tests and CLIs may build fixture pages from strings; they never run on a reader's pages.
    ignores: ['tests/**', 'scripts/**', '**/*.test.{ts,tsx}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      ecmaVersion: 'latest',
      sourceType: 'module',
      // Declared so that no-implied-eval recognises `setTimeout('code')` and `window.setTimeout`.
      globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: `document.write ${WHY}` },
        { object: 'document', property: 'writeln', message: `document.writeln ${WHY}` },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `MemberExpression[property.name=/^(${HTML_SINKS})$/]`, message: `This property or method ${WHY}` },
        { selector: `MemberExpression[computed=true][property.value=/^(${HTML_SINKS})$/]`, message: `This property or method ${WHY}` },
        { selector: `Property[key.name=/^(${HTML_SINKS})$/]`, message: `Assigning this property ${WHY}` },
        { selector: `Property[key.value=/^(${HTML_SINKS})$/]`, message: `Assigning this property ${WHY}` },
        { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: `dangerouslySetInnerHTML ${WHY}` },
        { selector: 'JSXAttribute[name.name="srcdoc"]', message: `srcdoc ${WHY}` },
      ],
    },
  },
];
