// Where a Chrome or Chromium is on this machine, for PDF export: the CHROMIUM environment variable, then the
// usual install paths. Never downloads a browser.
import fs from 'node:fs';

const USUAL = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** The browser to print with, or null. A CHROMIUM that names no file is reported, not skipped silently. */
export function findChromium(env: Record<string, string | undefined>): { path: string } | { path: null; tried: string } {
  const named = env.CHROMIUM?.trim();
  if (named) return isFile(named) ? { path: named } : { path: null, tried: `CHROMIUM=${named} is not a file` };
  const found = USUAL.find(isFile);
  return found ? { path: found } : { path: null, tried: 'no Chrome or Chromium in the usual places (set CHROMIUM to one)' };
}
