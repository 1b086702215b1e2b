/** Where the self-test runs: Office (platform, version, API sets) or the in-memory Excel. */

/** The browser preview and the tests: no office.js, the in-memory Excel stands in (window.__vtoPreview). */
export function runningInMemory(): boolean {
  return typeof Office === "undefined" && typeof window !== "undefined" && "__vtoPreview" in window;
}

/** ExcelApi versions asked for in the report's host line. */
const API_VERSIONS = Array.from({ length: 12 }, (_, i) => `1.${i + 9}`); // 1.9 … 1.20

/** "Excel PC 16.0.17928.20114, ExcelApi 1.9–1.17", or the in-memory Excel. */
export function describeHost(inMemory: boolean): string {
  if (inMemory) return "in-memory Excel (browser preview or tests)";
  try {
    const d = Office.context.diagnostics;
    const supported = API_VERSIONS.filter((v) => Office.context.requirements.isSetSupported("ExcelApi", v));
    const api = supported.length
      ? `ExcelApi 1.9–${supported[supported.length - 1]}`
      : "ExcelApi 1.9 NOT supported";
    return `Excel ${String(d.platform)} ${d.version}, ${api}, display language ${Office.context.displayLanguage}`;
  } catch (e) {
    return `Excel (host details unavailable: ${String(e)})`;
  }
}
