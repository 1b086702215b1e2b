import React, { createContext, useContext, useMemo } from "react";
import { catalogs, format, LOCALE, StringKey, UiLanguage } from "../i18n/strings";

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const I18nContext = createContext<{ lang: UiLanguage; t: Translate }>({
  lang: "nl",
  t: (key, params) => format(catalogs.nl[key], params),
});

export function I18nProvider({ lang, children }: { lang: UiLanguage; children: React.ReactNode }) {
  const value = useMemo(
    () => ({ lang, t: ((key, params) => format(catalogs[lang][key], params, LOCALE[lang])) as Translate }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
