import React from "react";
import { tokens } from "@fluentui/react-components";

/** What shows while a panel's code loads: plain text, so the pane's frame needs no more code. */
export function Loading({ label }: { label: string }) {
  return (
    <p role="status" aria-busy="true" style={{ margin: 0, color: tokens.colorNeutralForeground3 }}>
      {label}
    </p>
  );
}
