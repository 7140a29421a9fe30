import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import chromeManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/**
 * manifest.json is written for Chrome/Edge. Firefox has no side panel and no MV3 service worker: it takes an
 * event-page background (`background.scripts`) and a `sidebar_action` showing the same panel page; its
 * shortcut that opens the sidebar is `_execute_sidebar_action`; it reads managed storage from policies.json
 * without a schema file (`storage.managed_schema` is Chrome's).
 */
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return chromeManifest as ManifestV3Export;
  const { side_panel: sidePanel, background, minimum_chrome_version: _chromeOnly, storage: _chromeSchema, commands, ...rest } = chromeManifest;
  const { _execute_action: openPanel, ...ownCommands } = commands;
  return {
    ...rest,
    commands: { _execute_sidebar_action: openPanel, ...ownCommands },
    permissions: rest.permissions.filter((permission) => permission !== 'sidePanel'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: '__MSG_extShortName__',
      default_icon: rest.icons,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'candor@candor.local',
        strict_min_version: '142.0',
        // Candor collects nothing: everything stays on the user's machine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

/**
 * Ships the code without its comments: they are for the source, and they were a third of the content script
 * every meeting page loads (its budget is 25 KB gzipped). The code stays unminified, names and layout readable
 * for store reviewers. Runs after crxjs has added the content script, which it builds apart from this config.
 */
function withoutComments(): Plugin {
  return {
    name: 'candor:without-comments',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!file.fileName.endsWith('.js')) continue;
        const code = file.type === 'chunk' ? file.code : String(file.source);
        const stripped = (await transform(code, { loader: 'js', target: 'es2022', legalComments: 'inline' })).code;
        if (file.type === 'chunk') file.code = stripped;
        else file.source = stripped;
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained file: no loader that imports chunks through web_accessible_resources, which
        // would let any meeting page probe for Candor's files.
        contentScripts: { standaloneFiles: ['src/content/main.ts'] },
      }),
      withoutComments(),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Readable output for store reviewers and for debugging a user's report.
      minify: false,
      sourcemap: false,
      target: 'es2022',
      rollupOptions: {
        // Pages the manifest does not name for every browser: crxjs builds what the manifest lists; Firefox's
        // sidebar_action is not among the keys it follows, and the review page is opened from the panel.
        input: { sidepanel: 'src/ui/sidepanel/index.html', review: 'src/ui/review/index.html' },
      },
    },
  };
});
