/**
 * The browser's own extension namespace, without webextension-polyfill, for code that ships in the content
 * script (which loads into every meeting tab, so every KB counts: the polyfill alone was ~29 KB raw, ~6 KB
 * gzipped, more than the content script's budget allowed; issue #7). It may only be used for APIs that are
 * synchronous and identical on Chrome (`chrome.*`) and Firefox (`browser.*`): runtime.id, runtime.connect and
 * its Port, i18n.getMessage. Anything promise-based goes through src/platform/browser.ts.
 */
import type { Browser } from 'webextension-polyfill';

type SyncApis = {
  runtime: Pick<Browser['runtime'], 'id' | 'connect'>;
  i18n: Pick<Browser['i18n'], 'getMessage'>;
};

const g = globalThis as unknown as { browser?: SyncApis; chrome?: SyncApis };

/** Firefox's `browser`, else Chrome's `chrome` (read on use, so tests and late-defined globals work). */
export const browser: SyncApis = {
  runtime: {
    get id() {
      return (g.browser ?? g.chrome)?.runtime.id as string;
    },
    connect: ((...args: Parameters<Browser['runtime']['connect']>) => (g.browser ?? g.chrome)!.runtime.connect(...args)) as Browser['runtime']['connect'],
  },
  i18n: {
    getMessage: (key, subs) => (g.browser ?? g.chrome)?.i18n.getMessage(key, subs) ?? '',
  },
};
