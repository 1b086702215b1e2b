/** What the task pane needs to know about its Office host, read once at start-up. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

export interface HostInfo {
  isExcel: boolean;
  /** ExcelApi 1.9: the floor for everything the add-in writes (data validation needs 1.8). */
  supportsRequiredApi: boolean;
  displayLanguage: string;
  theme: OfficeThemeColors | null;
}

export const REQUIRED_API = { set: "ExcelApi", version: "1.9" } as const;

export function readHost(info: { host: Office.HostType | null }): HostInfo {
  const ctx = Office.context;
  let theme: OfficeThemeColors | null = null;
  try {
    theme = ctx.officeTheme ? { ...ctx.officeTheme } : null;
  } catch {
    theme = null; // officeTheme throws on hosts without theme support
  }
  return {
    isExcel: info.host === Office.HostType.Excel,
    supportsRequiredApi: ctx.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version),
    displayLanguage: ctx.displayLanguage ?? "",
    theme,
  };
}
