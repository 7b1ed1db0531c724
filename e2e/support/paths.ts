import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI_ENTRY = fileURLToPath(new URL('../../bin/citybench.mjs', import.meta.url));
export const WEB_SOURCES = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_BUILD_INDEX = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));
export const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
