/* Builds the task pane (and, for development and the browser tests, the preview). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** A configuration error without webpack's stack trace: the message says all there is to say. */
function configError(message) {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

/**
 * The URL every manifest URL points at; must be HTTPS and end with "/". Development (the dev
 * server, `npm run build:dev`) defaults to localhost; a production build must be told where it will
 * be hosted, otherwise it would silently ship a manifest that points at localhost.
 */
function baseUrl(dev) {
  const url = process.env.ADDIN_BASE_URL || (dev ? DEV_URL : "");
  if (!url) {
    throw configError(
      [
        'A production build needs ADDIN_BASE_URL: the HTTPS address where dist/ will be hosted, ending with "/".',
        "  bash/zsh:    ADDIN_BASE_URL=https://intranet.example.org/vto/ npm run build",
        '  PowerShell:  $env:ADDIN_BASE_URL="https://intranet.example.org/vto/"; npm run build',
        "  cmd.exe:     set ADDIN_BASE_URL=https://intranet.example.org/vto/&& npm run build",
        `For a local build against ${DEV_URL} use \`npm run build:dev\` instead.`,
      ].join("\n"),
    );
  }
  if (!/^https:\/\/[^\s]+\/$/.test(url)) {
    throw configError(`ADDIN_BASE_URL must be an https URL ending with "/", got "${url}"`);
  }
  return url;
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const withPreview = dev || Boolean(env.preview);
  const url = baseUrl(dev);
  const entry = { taskpane: "./src/taskpane/index.tsx" };
  if (withPreview) entry.preview = "./src/preview/index.tsx";

  return {
    mode: dev ? "development" : "production",
    entry,
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : process.env.SOURCE_MAPS ? "hidden-source-map" : false,
    output: {
      path: path.resolve(__dirname, env.out || "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      ...(withPreview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              url === DEV_URL ? content : Buffer.from(String(content).split(DEV_URL).join(url)),
          },
        ],
      }),
    ],
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost",
      port: Number(process.env.PORT || 3000),
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
    },
  };
};
