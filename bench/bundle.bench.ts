/**
 * Bundle size as shipped: the content script (loaded into every meeting tab), the service worker and the side
 * panel of the built Chrome extension (dist/chrome; `npm run bench` builds it first), each with every file it
 * loads (static and dynamic imports, stylesheets), raw and gzipped (level 9, as a store or a CDN would serve).
 * Budget (issue #7): content script under 25 KB (25 * 1024 bytes) gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_CHROME } from '../test/harness/chromium';
import { round, type Benchmark, type Figure } from './bench-types';

interface Manifest {
  background: { service_worker: string };
  content_scripts: Array<{ js: string[] }>;
  side_panel: { default_path: string };
}

/** Every file `entry` pulls in, following relative imports in JS and script/link tags in HTML. */
function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (rel: string): void => {
    const path = rel.replace(/^\//u, '');
    if (seen.has(path) || !existsSync(join(DIST_CHROME, path))) return;
    seen.add(path);
    const text = readFileSync(join(DIST_CHROME, path), 'utf8');
    const refs = path.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/gu)].map((m) => m[1] ?? '')
      : [...text.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/gu)].map((m) => m[1] ?? '');
    for (const ref of refs) visit(ref.startsWith('/') ? ref : posix.join(dirname(path), ref));
  };
  entries.forEach(visit);
  return [...seen];
}

function sizes(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(DIST_CHROME, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export const bundleBenchmark: Benchmark = {
  name: 'bundle',
  order: 5,
  run() {
    const manifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as Manifest;
    const parts: Array<[string, string[]]> = [
      ['content script', manifest.content_scripts.flatMap((c) => c.js)],
      ['service worker', [manifest.background.service_worker]],
      ['side panel', [manifest.side_panel.default_path]],
    ];
    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const [label, entries] of parts) {
      const files = closure(entries);
      const { raw, gzip } = sizes(files);
      figures.push({ name: `${label} raw`, value: round(raw / 1024, 1), unit: 'KB' });
      figures.push({ name: `${label} gzipped`, value: round(gzip / 1024, 1), unit: 'KB', ...(label === 'content script' ? { budget: { max: 25 } } : {}) });
      notes.push(`${label}: ${files.join(', ')}`);
    }
    return { name: 'bundle', description: 'shipped files of dist/chrome (KB = 1024 bytes; gzip level 9)', figures, notes };
  },
};
