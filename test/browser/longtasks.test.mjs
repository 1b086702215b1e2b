// Long main-thread tasks per action in the preview (performance mode), for the example and for
// big registers. Prints the figures; asserts only what does not depend on the machine's speed:
// every action completes, without console errors. (`npm run bench` prints the same figures.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite } from "./harness.mjs";
import { formatRegister, measureRegister } from "./longtasks.mjs";

const suite = browserSuite(before, after);
// "example", a number of gap rows, or that number with "j": junk in every row
const SIZES = (process.env.LONGTASK_SIZES ?? "example,20000,20000j").split(",");

for (const size of SIZES) {
  test(`long tasks: ${size}`, async () => {
    const gapRows = size === "example" ? null : parseInt(size, 10);
    const r = await measureRegister(suite.browser, suite.origin, gapRows, { junk: size.endsWith("j") });
    console.log(formatRegister(r));
    assert.equal(r.results.length, 5);
    assert.deepEqual(r.consoleErrors, []);
  });
}
