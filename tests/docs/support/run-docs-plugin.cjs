/**
 * Runs webpack with only the DocsPagesPlugin, in its own Node process (marked is an ES module,
 * which jest's module sandbox cannot import), and prints what the compilation produced as JSON.
 *
 * Usage: node run-docs-plugin.cjs <markdown folder> <output folder>
 */
const path = require("node:path");
const webpack = require("webpack");
const { DocsPagesPlugin } = require("../../../scripts/docs-pages.cjs");

const [source, outputPath] = process.argv.slice(2);

const compiler = webpack({
  mode: "development",
  context: path.resolve(__dirname),
  entry: {},
  output: { path: path.resolve(outputPath) },
  infrastructureLogging: { level: "error" },
  plugins: [new DocsPagesPlugin({ source: path.resolve(source), output: "docs" })],
});

compiler.run((error, stats) => {
  if (error) {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  }
  const { compilation } = stats;
  const report = {
    errors: compilation.errors.map((e) => e.message),
    warnings: compilation.warnings.map((e) => e.message),
    assets: Object.keys(compilation.assets).sort(),
    fileDependencies: [...compilation.fileDependencies].sort(),
    contextDependencies: [...compilation.contextDependencies].sort(),
  };
  compiler.close(() => process.stdout.write(JSON.stringify(report)));
});
