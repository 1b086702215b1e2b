/** Unit, fake-Excel and formula tests. Browser tests run separately (npm run test:browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/"],
  // workbook tests build whole workbooks in the in-memory Excel; a slow CI machine must not fail them
  testTimeout: 120000,
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
