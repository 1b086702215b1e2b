import React, { useEffect, useRef } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useI18n } from "./i18n";

/**
 * Asks before a change Excel cannot undo (Office.js writes clear the undo stack). The safe button
 * (cancel) has the focus when it opens, so Enter never applies by accident; when it closes, the
 * focus goes back to what opened it (the dialog is opened from state, not from a DialogTrigger, so
 * Fluent does not know that element).
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  body: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const wasOpen = useRef(false);
  // read while rendering the opening: the dialog has not taken the focus yet
  if (props.open && !wasOpen.current && typeof document !== "undefined")
    opener.current = document.activeElement;

  useEffect(() => {
    if (props.open) {
      wasOpen.current = true;
      cancel.current?.focus();
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const back = opener.current;
    opener.current = null;
    // after Fluent has removed the surface and its focus trap
    const id = setTimeout(() => {
      if (back instanceof HTMLElement && back.isConnected && !(back as HTMLButtonElement).disabled)
        back.focus();
    }, 0);
    return () => clearTimeout(id);
  }, [props.open]);

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => (d.open ? undefined : props.onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t("checkFixApply")}
            </Button>
            <Button ref={cancel} onClick={props.onCancel}>
              {t("checkFixCancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
