// Jest global setup of the projects that run the BUILT add-on (bundle, e2e, robustness, fuzz,
// browser): refuses to start when dist/ was built from other sources than the ones on disk, so an
// edit to src/ can never be silently tested against the previous dist/Code.js. `npm run test:bundle`
// and `npm test` build first; a bare `npx jest test/e2e` after an edit stops here with the fix.
import { buildIsFresh, ROOT } from '../../scripts/buildStamp.mjs';

export function checkFreshBundle(root = ROOT) {
  if (buildIsFresh(root)) return;
  throw new Error(
    'dist/ is stale or missing: it was not built from the sources as they are now. Run "npm run build" (or "npm run test:bundle", which builds first), then run the tests again.'
  );
}

export default function freshBundle() {
  checkFreshBundle();
}
