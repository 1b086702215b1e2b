// npm start: builds the add-in and the browser preview and serves both over HTTPS on
// https://localhost:3000. Works without Office: open the preview URL in a browser.
// Certificates: office-addin-dev-certs (trusted by Office) where it works; otherwise a
// self-signed certificate from webpack-dev-server (the browser asks you to accept it once).
import { createRequire } from "node:module";
import process from "node:process";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

async function httpsOptions() {
  if (process.env.VTO_DEV_CERTS === "0") return null;
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 30000)),
    ]);
    return options;
  } catch (e) {
    console.warn(
      `office-addin-dev-certs could not install a trusted certificate (${e.message.split("\n")[0]}).`,
    );
    console.warn("Falling back to a self-signed certificate: fine for the preview; for Office run");
    console.warn("  npx office-addin-dev-certs install   (may need administrator rights)");
    return null;
  }
}

const config = makeConfig({}, { mode: "development" });
const port = config.devServer.port;
const https = await httpsOptions();
const server = new WebpackDevServer(
  { ...config.devServer, server: https ? { type: "https", options: https } : { type: "https" }, open: false },
  webpack(config),
);
await server.start();
console.log("");
console.log(`  Browser preview (no Office needed): https://localhost:${port}/preview.html`);
console.log(`    English: https://localhost:${port}/preview.html?lang=en-US   dark: ?theme=dark`);
console.log(`  Task pane for Office (sideload manifest.xml): https://localhost:${port}/taskpane.html`);
console.log("  Sideload into Excel: npm run start:desktop  or  npm run start:web (needs Office)");
console.log("");
