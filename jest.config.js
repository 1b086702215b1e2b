/**
 * `npm test`: unit, in-memory Excel and formula tests, fast (91–103 s on 2 cores, most runs under 100 s). The
 * slow suite (`npm run test:slow`, jest.slow.config.js) runs the files that read the slow settings
 * again with them, and adds the LibreOffice legs and the 200-workbook three-way checks. Browser
 * tests run separately (npm run test:browser).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/", "\\.slow\\.test\\.tsx?$"],
  // a test that needs more than this belongs to the slow suite
  testTimeout: 30000,
  // the suites are CPU-bound and independent: use every core (Jest's default leaves one idle,
  // which on a 2-core CI machine halves the speed)
  maxWorkers: Math.max(2, require("node:os").cpus().length),
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true } },
    ],
  },
};
