// Imported first by fuzz-storm.ts: the test harness finds the server and the fixtures from import.meta.url,
// which the bundled script replaces with this (esbuild --define:import.meta.url=process.env.PRFAQ_HARNESS_URL).
import { pathToFileURL } from 'node:url';
import path from 'node:path';

process.env.PRFAQ_HARNESS_URL = pathToFileURL(path.resolve('test/server/harness.ts')).href;
