/**
 * Browser preview: the real task pane beside an in-memory workbook, without Office and without
 * any network request (no office.js). URL parameters stand in for the Office host:
 *   ?lang=en-US  display language   ?theme=dark  Office dark theme   ?api=1.8  an older Excel
 *   ?perf=1      round trips in tasks of their own, as in Office, and window.__vtoPerf (see perf.ts)
 *   ?formulas=off  the in-memory Excel keeps formulas as text (big registers without HyperFormula)
 */
import React from "react";
import { createRoot } from "react-dom/client";
import { Book, createFakeExcel } from "../fake-excel";
import type { HostInfo } from "../excel/host";
import { mountTaskPane } from "../taskpane/mount";
import { PreviewGrid } from "./PreviewGrid";
import { installPerf, perfRoundTrip } from "./perf";

const params = new URLSearchParams(window.location.search);
const perf = params.get("perf") === "1";
const fake = createFakeExcel(new Book(params.get("formulas") !== "off"), {
  roundTrip: perf ? perfRoundTrip : undefined,
});
if (perf) installPerf(fake);
fake.book.addSheet(params.get("sheet") ?? "Blad1");

// the add-in's Office layer calls the global Excel.run, as in Office
(window as unknown as { Excel: unknown }).Excel = fake.Excel;
(window as unknown as { __vtoPreview: unknown }).__vtoPreview = fake;

const dark = params.get("theme") === "dark";
const host: HostInfo = {
  isExcel: true,
  supportsRequiredApi: (params.get("api") ?? "1.9") >= "1.9",
  displayLanguage: params.get("lang") ?? "nl-BE",
  theme: dark
    ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }
    : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
};

document.body.classList.toggle("dark", dark);
createRoot(document.getElementById("workbook")!).render(<PreviewGrid fake={fake} />);
mountTaskPane(document.getElementById("container")!, host);
