/**
 * @jest-environment jsdom
 */
import React from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { catalogs, format, uiLanguageFor } from "../../src/i18n/strings";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { describeError } from "../../src/taskpane/errors";
import { isDark, themeFromOffice } from "../../src/taskpane/theme";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test("any nl-* display language is Dutch; others English; none (preview) Dutch", () => {
  expect(["nl-NL", "nl-BE", "NL-be"].map(uiLanguageFor)).toEqual(["nl", "nl", "nl"]);
  expect(["en-US", "fr-BE", "de-DE"].map(uiLanguageFor)).toEqual(["en", "en", "en"]);
  expect(uiLanguageFor("")).toBe("nl");
});

/** The parameters of a template: plain {name} and plural {name, plural, …} (not the forms' text). */
function parameters(template: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === "{") {
      if (depth === 0) out.push(/^\{(\w+)/.exec(template.slice(i))?.[1] ?? "");
      depth++;
    } else if (template[i] === "}") depth--;
  }
  return out.filter(Boolean);
}

test("every Dutch string has an English one with the same placeholders", () => {
  for (const key of Object.keys(catalogs.nl) as (keyof typeof catalogs.nl)[]) {
    const holes = (s: string) => [...new Set(parameters(s))].sort();
    expect([key, holes(catalogs.en[key])]).toEqual([key, holes(catalogs.nl[key])]);
  }
  expect(format("{a} en {b}", { a: 1 })).toBe("1 en {b}");
});

test("plurals come from Intl.PluralRules, with exact forms first; never an x/y form", () => {
  const tpl = "{n, plural, =0 {geen leervraag} one {# leervraag} other {# leervragen}} in {sheet}";
  expect([0, 1, 2, 21].map((n) => format(tpl, { n, sheet: "Leervragen" }, "nl-BE"))).toEqual([
    "geen leervraag in Leervragen",
    "1 leervraag in Leervragen",
    "2 leervragen in Leervragen",
    "21 leervragen in Leervragen",
  ]);
  expect(format("{n, plural, one {# need} other {# needs}}", { n: 1 }, "en-GB")).toBe("1 need");
  for (const lang of ["nl", "en"] as const)
    for (const [key, text] of Object.entries(catalogs[lang]))
      expect([lang, key, /\w\/\w+\)|\(s\)|\(en\)/.test(text)]).toEqual([lang, key, false]);
});

test("the pane follows the Office theme: dark body colour gives the dark Fluent theme", () => {
  expect(isDark({ bodyBackgroundColor: "#262626" })).toBe(true);
  expect(isDark({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
  expect(isDark(null)).toBe(false);
  const dark = themeFromOffice({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
  expect(dark.colorNeutralForeground2).toBe(webDarkTheme.colorNeutralForeground2);
  expect(dark.colorNeutralBackground1).toBe("#262626");
  expect(themeFromOffice(null)).toBe(webLightTheme);
});

test("Office errors are described with their code", () => {
  expect(describeError(Object.assign(new Error("Bestaat niet"), { code: "ItemNotFound" }))).toBe(
    "Bestaat niet (ItemNotFound)",
  );
  expect(describeError("plain")).toBe("plain");
});

test("a render error shows a readable message, never a blank pane", () => {
  const Boom = () => {
    throw new Error("kapot");
  };
  const el = document.createElement("div");
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  act(() => {
    createRoot(el).render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBoundary t={(k, p) => format(catalogs.nl[k], p)}>
          <Boom />
        </ErrorBoundary>
      </FluentProvider>,
    );
  });
  spy.mockRestore();
  expect(el.textContent).toContain("Er ging iets mis");
  expect(el.textContent).toContain("kapot");
  expect(el.querySelector("[role=alert]")).not.toBeNull();
});
