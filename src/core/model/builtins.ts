/**
 * Built-ins that per-cell code calls, read once when the bundle loads rather than looked up by
 * global name in every call. The local runtime, the CLI and the bench run the bundle in a Node `vm`
 * context, where each global name goes through the context's interceptor (about 0.1 µs, as much as
 * the test it serves; nodejs/node#31658); in Apps Script they cost the same either way.
 *
 * @example
 * [floor(-0.5), isFiniteNumber(Infinity), isInteger(4)]
 * //=> [-1, false, true]
 */
export const { floor } = Math;
export const { isFinite: isFiniteNumber, isInteger } = Number;
