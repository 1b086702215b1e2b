import React from "react";
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../excel/host";
import { useI18n } from "./i18n";

/** Instead of the pane on a host that cannot run it (not Excel, or below ExcelApi 1.9). */
export function Unsupported({ host }: { host: HostInfo }) {
  const { t } = useI18n();
  const excel = host.isExcel;
  return (
    <div style={{ padding: 12 }} role="alert">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{excel ? t("unsupportedTitle") : t("notExcelTitle")}</MessageBarTitle>
          <Body1>{excel ? t("unsupportedBody") : t("notExcelBody")}</Body1>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
