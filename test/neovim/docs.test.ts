// The Neovim configuration in docs/editors.md is copy-paste material: every Lua block must at least compile
// in Neovim's own Lua (LuaJIT). The 0.7 path it describes is the one neovim.test.ts runs for real.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOC = path.resolve(__dirname, '../../docs/editors.md');
const haveNvim = (() => {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!haveNvim && process.env.CI !== 'true') console.warn('\n*** SKIPPING the docs Lua check: nvim is not installed (apt-get install -y neovim) ***\n');

const luaBlocks = [...fs.readFileSync(DOC, 'utf8').matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);

describe.runIf(haveNvim || process.env.CI === 'true')('docs/editors.md Lua', () => {
  it('has the Neovim configurations', () => {
    expect(luaBlocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(luaBlocks.map((code, i) => [i + 1, code]))('block %i compiles in Neovim', (_i, code) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-docs-lua-'));
    try {
      const file = path.join(dir, 'config.lua');
      fs.writeFileSync(file, code);
      // loadfile compiles without running: the config would start a server.
      const probe = `lua local f, err = loadfile(${JSON.stringify(file)}); if not f then io.stderr:write(err) vim.cmd('cquit 1') end`;
      const run = () => execFileSync('nvim', ['--headless', '--clean', '-c', probe, '-c', 'qall!'], { stdio: 'pipe', timeout: 20000 });
      expect(run).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
