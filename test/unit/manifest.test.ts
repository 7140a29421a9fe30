import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMeetingUrl, MEETING_MATCH_PATTERNS } from '../../src/contracts/meeting-hosts';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
  permissions: string[];
  host_permissions?: string[];
  content_scripts: Array<{ matches: string[] }>;
};

describe('manifest', () => {
  it('injects the content script on exactly the meeting hosts the worker trusts', () => {
    const matches = manifest.content_scripts.flatMap((script) => script.matches).sort();
    expect(matches).toEqual([...MEETING_MATCH_PATTERNS].sort());
  });

  it('asks for no permission beyond the documented list and no extra host access', () => {
    expect(manifest.permissions.sort()).toEqual(['sidePanel', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('trusts caption messages only from https meeting pages', () => {
    expect(isMeetingUrl('https://meet.google.com/abc-defg-hij')).toBe(true);
    expect(isMeetingUrl('https://acme.zoom.us/wc/123/join')).toBe(true);
    expect(isMeetingUrl('http://meet.google.com/abc-defg-hij')).toBe(false);
    expect(isMeetingUrl('https://meet.google.com.evil.example/')).toBe(false);
    expect(isMeetingUrl('https://evilzoom.us/wc/1')).toBe(false);
    expect(isMeetingUrl(undefined)).toBe(false);
  });
});
