import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../excel/host";

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function isDark(theme: OfficeThemeColors | null): boolean {
  const l = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return l !== null && l < 0.3;
}

/** Fluent theme that matches the Office theme: dark Office themes give a dark pane. */
export function themeFromOffice(theme: OfficeThemeColors | null): Theme {
  const base = isDark(theme) ? webDarkTheme : webLightTheme;
  if (!theme?.bodyBackgroundColor || luminance(theme.bodyBackgroundColor) === null) return base;
  const fg =
    theme.bodyForegroundColor && luminance(theme.bodyForegroundColor) !== null
      ? theme.bodyForegroundColor
      : undefined;
  return {
    ...base,
    colorNeutralBackground1: theme.bodyBackgroundColor,
    ...(fg ? { colorNeutralForeground1: fg } : {}),
  };
}
