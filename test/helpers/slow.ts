/**
 * Two speeds of the same suite: `npm test` (fast, for every change) and `npm run test:slow` (CI
 * too: the LibreOffice legs, the 200-workbook three-way checks, properties with many more runs).
 * `VTO_SLOW=1` is set by jest.slow.config.js.
 */
export const SLOW = process.env.VTO_SLOW === "1";

/** How many random cases a property runs: a few for every change, many in the slow suite. */
export const runs = (fast: number, slow: number): number => (SLOW ? slow : fast);

/** A test that belongs to the slow suite only (it is still listed, as skipped, in the fast one). */
export const slowTest: jest.It = SLOW ? test : test.skip;
