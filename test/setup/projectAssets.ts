/**
 * Jest setup of every project: the core reads its tables kept outside Code.js through an asset
 * reader (src/core/text/assets.ts); in the tests that reader serves the project files built from
 * the TypeScript sources, as the add-on would read them from its HTML files.
 */
import { projectAssetReader } from '../../src/core/docs/projectAssets';
import { useAssetReader } from '../../src/core/text/assets';

/** The reader installed for every test file (a test that installs another restores this one). */
export const testAssetReader = projectAssetReader();

useAssetReader(testAssetReader);
