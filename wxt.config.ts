import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { BUNDLED_PACK_FILE, requireValidPack } from './utils/pack/bundled-pack';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources archive is for store reviewers rebuilding the extension: pictures and test
    // output are not sources.
    excludeSources: ['docs/**', 'test-results/**', '.tmp/**', '**/*.tmp.*', '.scratch*'],
  },
  hooks: {
    // The bundled pack is trusted at run time because it is checked here: a bad file stops the build.
    'build:before': () => {
      requireValidPack(JSON.parse(readFileSync(BUNDLED_PACK_FILE, 'utf8')), BUNDLED_PACK_FILE);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Contextual Briefings',
    description: 'Hover briefings for the people and events of a news story, on any page you read.',
    // storage: settings and packs. activeTab: lets the popup read the current tab's address (for
    // "Pause on this site") only when the user opens it. The content script's <all_urls> match is
    // the only standing host access.
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Contextual Briefings' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Go to the next mention on the page and open its briefing',
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
