/**
 * nap's own package folder (package.json, templates/): two levels up from this module in src/core,
 * in dist/core and in the bundled CLI, dist/app, alike. What the package ships is found from here.
 */
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
