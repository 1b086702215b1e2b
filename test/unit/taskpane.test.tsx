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

test("every Dutch string has an English one with the same placeholders", () => {
  for (const key of Object.keys(catalogs.nl) as (keyof typeof catalogs.nl)[]) {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect([key, holes(catalogs.en[key])]).toEqual([key, holes(catalogs.nl[key])]);
  }
  expect(format("{a} en {b}", { a: 1 })).toBe("1 en {b}");
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
