import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Contextual Briefings',
    description: 'Hover briefings for the people and events of a news story, on any page you read.',
    permissions: ['storage'],
  },
});
