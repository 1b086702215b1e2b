// Long main-thread tasks per action in the preview (performance mode), for the example and for
// big registers. Prints the figures; asserts only what does not depend on the machine's speed:
// every action completes, without console errors. (`npm run bench` prints the same figures.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite } from "./harness.mjs";
import { formatRegister, measureRegister } from "./longtasks.mjs";

const suite = browserSuite(before, after);
const SIZES = (process.env.LONGTASK_SIZES ?? "example,20000")
  .split(",")
  .map((s) => (s === "example" ? null : Number(s)));

for (const gapRows of SIZES) {
  test(`long tasks: ${gapRows === null ? "example" : `${gapRows} gap rows`}`, async () => {
    const r = await measureRegister(suite.browser, suite.origin, gapRows);
    console.log(formatRegister(r));
    assert.equal(r.results.length, 6);
    assert.deepEqual(r.consoleErrors, []);
  });
}
