/**
 * `npm run test:slow`: every test with the slow settings (VTO_SLOW=1: many more random cases, the
 * slow-only tests) plus the *.slow.test.ts files — the LibreOffice legs and the 200-workbook
 * three-way checks. CI runs it after `npm test`.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testPathIgnorePatterns: ["/test/browser/"],
  testTimeout: 900000,
  setupFiles: ["<rootDir>/test/helpers/slowEnv.js"],
};
