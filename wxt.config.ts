import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { bundledIndexPlugin } from './scripts/build/bundled-index-plugin';
import { extensionVersionDefine } from './scripts/build/extension-version';
import { BUNDLED_PACK_FILE, requireValidPack } from './utils/pack/bundled-pack';
import { NEXT_MENTION_COMMAND, NEXT_MENTION_KEYS, OPEN_PANEL_COMMAND, OPEN_PANEL_KEYS } from './utils/shortcut-keys';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses: no auto-imports, whose guesses pulled code into bundles
  // that never used it (an object method named like a util was taken for a call to it).
  imports: false,
  // The bundled pack's mention index, compiled here once (virtual:bundled-pack-index), and the
  // version every part reads without asking the runtime (utils/extension-version.ts).
  vite: () => ({ plugins: [bundledIndexPlugin(import.meta.dirname)], define: extensionVersionDefine(import.meta.dirname) }),
  zip: {
    // The sources archive is for store reviewers rebuilding the extension: pictures and test
    // output are not sources.
    excludeSources: ['docs/**', 'test-results/**', '.tmp/**', '**/*.tmp.*', '.scratch*'],
  },
  hooks: {
    // The content script runs in every frame, and its main part (frame-main.js) in every frame that
    // names someone, so both use the browser's own API object instead of webextension-polyfill
    // (utils/native-browser.ts), and a context that costs nothing at start instead of WXT's
    // (utils/page/script-context.ts); every other entry point keeps WXT's own.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.name === 'frame-main')) return;
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      // Terser packs the per-frame script tighter than esbuild's minifier (every frame downloads
      // and parses it); two compress passes catch what one leaves.
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { comments: false } } };
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'utils/native-browser.ts') },
          { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'utils/page/script-context.ts') },
          ...entries,
        ],
      };
    },
    // The bundled pack is trusted at run time because it is checked here: a bad file stops the build.
    'build:before': () => {
      requireValidPack(JSON.parse(readFileSync(BUNDLED_PACK_FILE, 'utf8')), BUNDLED_PACK_FILE);
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and the command's description come from public/_locales/<language>/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings and packs. activeTab: lets the popup read the current tab's address (for
    // "Pause on this site") only when the user opens it. scripting: with that same grant, the popup
    // runs Readability in the tab (entrypoints/article-probe.ts, extract-article.ts) only when it is
    // opened or its "Make briefings from this page" is pressed, so the per-frame content script never
    // carries the article reader. The content script's <all_urls> match is the only standing host access.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    // A frame's main part, imported by the content script once the frame's text may name someone
    // (utils/frame-main.ts), and the card's code, imported on first use (utils/card-ui.ts). Chrome
    // requires web-accessible resources for that; `use_dynamic_url` gives them an address that
    // changes every session, so pages cannot probe for them. Firefox imports them without this.
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: ['frame-main.js', 'card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }] }),
    commands: {
      // Keys free in both browsers on Windows, Linux and macOS: the reasoning is beside
      // NEXT_MENTION_KEYS. A suggested key the browser already uses is silently left unassigned.
      [NEXT_MENTION_COMMAND]: {
        suggested_key: { ...NEXT_MENTION_KEYS },
        description: '__MSG_commandNextMention__',
      },
      [browser === 'firefox' ? OPEN_PANEL_COMMAND.firefox : OPEN_PANEL_COMMAND.chrome]: {
        suggested_key: { ...OPEN_PANEL_KEYS },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'briefings@contextual-briefings.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop: 140);
            // without this, web-ext lint warns KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
