/**
 * custom-functions-metadata-plugin appends one `CustomFunctions.associate("ID", fn);` line per
 * function to src/functions/functions.ts (its loader.js). taskpane.html loads functions.js right
 * after office.js; where office.js could not load (no network, a plain browser offline) there is
 * no `CustomFunctions` and those lines would throw a ReferenceError into the page. This loader
 * runs after the plugin's and puts the lines under one check, so the functions register whenever
 * office.js is there (it defines CustomFunctions.associate itself, office.debug.js) and the page
 * stays clean when it is not.
 */
const ASSOCIATE = /^CustomFunctions\.associate\("[A-Z0-9_.]+", [A-Za-z0-9_$]+\);$/;

module.exports = function guardAssociations(source) {
  const lines = source.split("\n");
  const associations = lines.filter((line) => ASSOCIATE.test(line));
  if (associations.length === 0) {
    this.emitError(new Error("functions-guard-loader: no CustomFunctions.associate lines found"));
    return source;
  }
  const rest = lines.filter((line) => !ASSOCIATE.test(line));
  return [
    ...rest,
    'if (typeof CustomFunctions !== "undefined") {',
    ...associations.map((line) => `  ${line}`),
    "}",
    "",
  ].join("\n");
};
