/**
 * custom-functions-metadata writes functions.json from the JSDoc in src/functions/functions.ts, but
 * it cannot emit `allowErrorForDataTypeAny`. Without it Excel never calls a function whose input
 * range holds an error value (it shows the error itself for the whole call), so per-cell errors
 * in a spill would be impossible. This plugin sets it after generation, and points the help URLs
 * at the host the build is for. The generator itself sets `allowCustomDataForDataTypeAny`, so
 * Excel may also pass numbers, text and errors as data-type values; src/core/cellValues.ts reads
 * them as their plain values.
 */
const { Compilation, sources } = require("webpack");

const ASSET = "functions.json";

class FunctionsMetadataPostProcessPlugin {
  /** @param {{ rewriteUrls: (text: string) => string }} options */
  constructor(options) {
    this.rewriteUrls = options.rewriteUrls;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPostProcessPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsMetadataPostProcessPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset(ASSET);
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const processed = postProcessMetadata(metadata, this.rewriteUrls);
          compilation.updateAsset(
            ASSET,
            new sources.RawSource(`${JSON.stringify(processed, null, 2)}\n`)
          );
        }
      );
    });
  }
}

/** Pure, so the test suite can check it without webpack. */
function postProcessMetadata(metadata, rewriteUrls = (text) => text) {
  return {
    allowErrorForDataTypeAny: true,
    ...metadata,
    functions: metadata.functions.map((fn) =>
      fn.helpUrl ? { ...fn, helpUrl: rewriteUrls(fn.helpUrl) } : fn
    ),
  };
}

module.exports = { FunctionsMetadataPostProcessPlugin, postProcessMetadata };
