import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import chromeManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/**
 * manifest.json is written for Chrome/Edge. Firefox has no side panel and no MV3 service worker: it takes an
 * event-page background (`background.scripts`) and a `sidebar_action` showing the same panel page.
 */
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return chromeManifest as ManifestV3Export;
  const { side_panel: sidePanel, background, minimum_chrome_version: _chromeOnly, ...rest } = chromeManifest;
  return {
    ...rest,
    permissions: rest.permissions.filter((permission) => permission !== 'sidePanel'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: 'Candor',
      default_icon: rest.icons,
      open_at_install: false,
    },
    browser_specific_settings: { gecko: { id: 'candor@candor.local', strict_min_version: '121.0' } },
  } as ManifestV3Export;
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
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Readable output for store reviewers and for debugging a user's report.
      minify: false,
      sourcemap: false,
      target: 'es2022',
      rollupOptions: {
        // The review page is not named in the manifest (it is opened from the panel), so it is an input here.
        input: { review: 'src/ui/review/index.html' },
      },
    },
  };
});
