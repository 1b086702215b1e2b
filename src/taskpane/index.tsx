/** Entry point inside Office: wait for Office.js, then render. */
import { readHost } from "../excel/host";
import { mountTaskPane } from "./mount";

Office.onReady((info) => {
  const root = document.getElementById("container");
  if (root) mountTaskPane(root, readHost(info));
});
