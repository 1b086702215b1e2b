/** Unit, fake-Excel and formula tests. Browser tests run separately (npm run test:browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true } },
    ],
  },
};
