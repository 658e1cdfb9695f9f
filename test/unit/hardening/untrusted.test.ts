// Restricted mode: the extension declares it runs in untrusted workspaces. That holds only while nothing a
// workspace can set names a file to read or a program to run; a setting that did would have to be listed
// in `restrictedConfigurations` (VS Code then ignores its workspace value until the folder is trusted).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

interface Setting {
  type?: string | string[];
  enum?: unknown[];
  items?: { type?: string };
  scope?: string;
}

function settings(): Array<[string, Setting]> {
  const c = manifest.contributes.configuration;
  return (Array.isArray(c) ? c : [c]).flatMap((section: { properties?: Record<string, Setting> }) => Object.entries(section.properties ?? {}));
}

describe('untrusted workspaces', () => {
  it('are declared supported', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
  });

  it('can set no free-form string (a path, a command) unless it is a restricted configuration', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    expect(settings().length).toBeGreaterThan(5);
    for (const [key, setting] of settings()) {
      if (restricted.includes(key)) continue;
      const types = ([] as string[]).concat(setting.type ?? []);
      if (types.includes('string')) expect(setting.enum, `${key} is a free string`).toBeDefined();
    }
  });
});
