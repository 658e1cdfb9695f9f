// Shared plumbing for the offline VS Code runners: a code-server 4.100.3 cache in .vscode-test/,
// a detached code-server on a free loopback port with fresh state, and headless Debian chromium.
// Why code-server: this machine has no internet, so @vscode/test-electron cannot download desktop VS Code;
// code-server 4.100.3 is VS Code 1.100.3 with a Node extension host and the newest release that runs on Node 20.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.PRFAQ_VSCODE_CACHE || path.join(ROOT, '.vscode-test');
const CS_VERSION = '4.100.3';
const CS_DIR = path.join(CACHE, `code-server-${CS_VERSION}`);
const CS_BIN = path.join(CS_DIR, 'node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// @vscode/ripgrep 1.15.11 (used by VS Code 1.100.3) downloads rg from GitHub; we seed its cache with Debian's rg.
const RG_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RG_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const has = (cmd) => { try { execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }); return true; } catch { return false; } };

function ensureAptPackages(packages) {
  const missing = packages.filter((p) => {
    try { execFileSync('dpkg', ['-s', p], { stdio: 'ignore' }); return false; } catch { return true; }
  });
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    throw new Error(`missing system packages: ${missing.join(' ')} — install them (Debian: sudo apt-get install -y ${missing.join(' ')})`);
  }
  console.log(`[e2e] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

/** Debian's chromium, installed when missing (as root). */
export function ensureChromium() {
  if (!fs.existsSync(CHROMIUM)) ensureAptPackages(['chromium']);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM} (set CHROMIUM to another binary)`);
}

function seedRipgrepCache() {
  const target = path.join(RG_CACHE, RG_ASSET);
  if (fs.existsSync(target)) return;
  const seed = path.join(CACHE, '.rgseed');
  fs.mkdirSync(seed, { recursive: true });
  fs.mkdirSync(RG_CACHE, { recursive: true });
  fs.copyFileSync(execFileSync('sh', ['-c', 'command -v rg']).toString().trim(), path.join(seed, 'rg'));
  execFileSync('tar', ['czf', target, '-C', seed, 'rg']);
}

/**
 * What every code-server runner needs first: the built files it loads, code-server and chromium.
 * Returns code-server's binary; when something cannot be had, prints why and one counted failure
 * ("0 passed, 1 failed", which .ci/run adds up) and exits.
 */
export function prepareEditor(tag, builtFiles = ['dist/client.js', 'dist/client-main.js', 'dist/server.js'], buildCommand = 'npm run build') {
  for (const needed of builtFiles) {
    if (!fs.existsSync(path.resolve(ROOT, needed))) {
      console.error(`${path.relative(ROOT, path.resolve(ROOT, needed))} is missing: run \`${buildCommand}\` first`);
      process.exit(1);
    }
  }
  try {
    const codeServer = ensureCodeServer();
    ensureChromium();
    return codeServer;
  } catch (e) {
    console.log(`[${tag}] cannot set up the editor: ${e instanceof Error ? e.message : String(e)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** Installs code-server into the cache on first use and returns its binary path. */
export function ensureCodeServer() {
  if (process.env.CODE_SERVER) return process.env.CODE_SERVER;
  if (fs.existsSync(CS_BIN)) return CS_BIN;
  // ripgrep stands in for @vscode/ripgrep's GitHub download; libkrb5-dev builds the kerberos native module.
  ensureAptPackages(['ripgrep', 'libkrb5-dev']);
  if (!has('rg')) throw new Error('ripgrep (rg) is needed to seed @vscode/ripgrep offline');
  seedRipgrepCache();
  fs.mkdirSync(CS_DIR, { recursive: true });
  const pkg = path.join(CS_DIR, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, '{"name":"prfaq-code-server-cache","private":true}\n');
  console.log(`[e2e] installing code-server ${CS_VERSION} into ${CS_DIR} (first run only, a few minutes)`);
  // root needs unsafe_perm for code-server's postinstall; node-pty's postinstall runs `npx node-gyp`, which needs yes.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CS_VERSION}`], {
    cwd: CS_DIR, stdio: 'inherit', env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  if (!fs.existsSync(CS_BIN)) throw new Error(`code-server install finished but ${CS_BIN} is missing`);
  return CS_BIN;
}

/** Fresh user-data, extensions, HOME and workspace copy under a temp folder. */
export function freshState(prefix, workspaceSource) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = { tmp, userData: path.join(tmp, 'user'), extDir: path.join(tmp, 'ext'), home: path.join(tmp, 'home'), ws: path.join(tmp, 'ws') };
  for (const d of [path.join(dirs.userData, 'User'), dirs.extDir, dirs.home]) fs.mkdirSync(d, { recursive: true });
  if (workspaceSource) fs.cpSync(workspaceSource, dirs.ws, { recursive: true });
  else fs.mkdirSync(dirs.ws, { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
    'workbench.tips.enabled': false, 'workbench.enableExperiments': false, 'git.enabled': false,
  }, null, 2));
  dirs.env = { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_DATA_HOME: path.join(dirs.home, '.local/share') };
  return dirs;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** Starts code-server detached (own process group) and resolves once it listens. */
export async function startCodeServer(bin, dirs, extraArgs = []) {
  const port = await freePort();
  const child = spawn(bin, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extDir, ...extraArgs],
    { env: dirs.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  // The extension host outlives code-server unless the whole group goes.
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', stop);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 30 s\n${log}`)), 30000);
    const poll = setInterval(() => { if (/HTTP server listening/.test(log)) { clearInterval(poll); clearTimeout(timer); resolve(); } }, 100);
    child.on('exit', (code) => { clearInterval(poll); clearTimeout(timer); reject(new Error(`code-server exited with ${code}\n${log}`)); });
    child.on('error', (e) => { clearInterval(poll); clearTimeout(timer); reject(new Error(`code-server did not start: ${e.message}`)); });
  });
  return { port, stop, log: () => log };
}

export async function launchChromium(dirs) {
  const { chromium } = await import('playwright-core');
  ensureChromium();
  const profile = path.join(dirs.tmp, 'chromium');
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
}

export function removeState(dirs) {
  if (process.env.KEEP) console.log(`[e2e] kept ${dirs.tmp}`);
  else fs.rmSync(dirs.tmp, { recursive: true, force: true });
}

// `node test/e2e/host.mjs` installs the cache ahead of time (CI step).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  console.log(`[e2e] code-server at ${ensureCodeServer()} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  ensureChromium();
}
