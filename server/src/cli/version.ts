// esbuild inlines this one field from package.json at build time.
import { version } from '../../../package.json';

export const PRFAQ_VERSION: string = version;
