const { readFileSync } = require("node:fs");
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

/**
 * The shared runtime's page loads the functions (Microsoft's shared-runtime set-up puts the
 * functions chunk in taskpane.html: docs "Configure your Office Add-in to use a shared runtime").
 * They must be associated before the custom functions runtime starts answering Excel, or a cell
 * calculated meanwhile keeps #VALUE! (OfficeDev/office-js#4769). The runtime starts inside
 * Office.onReady after DOMContentLoaded unless CustomFunctions.delayInitialization() was called
 * (excel-web-16.00.debug.js: documentReadyCallback -> Office.onReady -> initialize, retried every
 * 50 ms while CustomFunctionMappings.__delay__). So functions.js is a plain blocking script right
 * after office.js in <head>, before the pane's deferred bundle: it runs while the page is still
 * loading, before any of that.
 */
class FunctionsFirstPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("FunctionsFirstPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "FunctionsFirstPlugin",
        (data) => {
          const isFunctions = (tag) =>
            tag.tagName === "script" && tag.attributes.src === "functions.js";
          const functions = data.headTags.filter(isFunctions);
          if (functions.length !== 1) throw new Error("taskpane.html must load functions.js once");
          delete functions[0].attributes.defer;
          data.headTags = [...functions, ...data.headTags.filter((tag) => !isFunctions(tag))];
          return data;
        }
      );
    });
  }
}

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * `--env excelTest` builds the add-in for `npm run test:excel` (scripts/test-excel.mjs): the same
 * pane and functions plus the in-Excel checks (tests/excel/inExcel.ts), into test-results/ so the
 * production dist/ never holds them. Its page may also post results to the local test server.
 */
const EXCEL_TEST_RESULTS = "https://localhost:4201";

function excelTestTemplate() {
  const template = readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8");
  const csp = "connect-src 'self' https://appsforoffice.microsoft.com";
  if (!template.includes(csp)) throw new Error(`taskpane.html has no "${csp}"`);
  return template.replace(csp, `${csp} ${EXCEL_TEST_RESULTS}`);
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const excelTest = Boolean(env.excelTest);
  const baseUrl = dev ? DEV_URL : PROD_URL;
  const outputPath = path.resolve(__dirname, excelTest ? "test-results/excel-addin" : "dist");
  const rewriteUrls = (text) => (baseUrl === DEV_URL ? text : text.split(DEV_URL).join(baseUrl));

  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      ...(excelTest ? { excelChecks: "./tests/excel/inExcel.ts" } : {}),
    },
    output: {
      path: outputPath,
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
      // Terser otherwise folds a function used once into its caller as a function expression
      // called in place. On a path run once a row, such as each range function's body, that makes
      // a new closure every call, which V8 then never optimises (the range functions ran about
      // a third slower and allocated twice as much). Everything else is terser's default.
      minimizeOptions: { javascript: { compress: { passes: 2, reduce_funcs: false } } },
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
        {
          // Runs after custom-functions-metadata-plugin's loader, which appends the associations.
          test: path.resolve(__dirname, "src/functions/functions.ts"),
          use: { loader: path.resolve(__dirname, "scripts/functions-guard-loader.cjs") },
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
        ...(excelTest
          ? { templateContent: excelTestTemplate() }
          : { template: "./src/taskpane/taskpane.html" }),
        chunks: ["functions", "taskpane", ...(excelTest ? ["excelChecks"] : [])],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
      }),
      new FunctionsFirstPlugin(),
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
      static: { directory: outputPath },
      client: { overlay: { warnings: false } },
    },
  };
};
