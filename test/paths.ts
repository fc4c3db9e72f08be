/** Where the tests find the project and the built add-on (the build's own copy is scripts/buildStamp.mjs). */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
/** The built add-on every bundle, end-to-end and browser test loads. */
export const DIST = path.join(ROOT, 'dist');
