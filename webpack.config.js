const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsMetadataPostProcessPlugin } = require("./scripts/functions-metadata.cjs");
const { DocsPagesPlugin } = require("./scripts/docs-pages.cjs");
const { getHttpsOptions } = require("./scripts/dev-certs.cjs");

/** Where the add-in is served from in development; the manifest and help URLs are written for it. */
const DEV_URL = "https://localhost:3000/";
/**
 * Where it is served from in production. Hosting is the deploying organisation's choice, so it is
 * given at build time: PP_ADDIN_URL=https://planner.example.nhs.uk/ npm run build.
 */
const PROD_URL = withTrailingSlash(process.env.PP_ADDIN_URL || DEV_URL);

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const baseUrl = dev ? DEV_URL : PROD_URL;
  const rewriteUrls = (text) => (baseUrl === DEV_URL ? text : text.split(DEV_URL).join(baseUrl));

  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Parts of the pane loaded when first opened (tabs, dialogs, the preview workbook): named
      // by content, so a new version never meets a cached old chunk. They load from beside the
      // script that asks for them (publicPath "auto"), same origin, so the page's CSP allows them
      // wherever the add-in is hosted.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    optimization: {
      // Code shared by several lazy parts goes into chunks of its own, loaded with them; what
      // the first screen needs stays in taskpane.js.
      splitChunks: { chunks: "async" },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsMetadataPostProcessPlugin({ rewriteUrls }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new DocsPagesPlugin({ source: path.resolve(__dirname, "docs"), output: "docs" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteUrls(content.toString()),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await getHttpsOptions() } : undefined,
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: { warnings: false } },
    },
  };
};
