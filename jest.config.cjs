/** Unit, property, data-provenance and build-boundary tests. Type-checking is `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock uses only the OfficeApp list from office-addin-manifest, whose main entry
    // also loads ES-module-only packages (strip-bom, uuid) that Jest's CommonJS loader cannot.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
  globalSetup: "<rootDir>/tests/setup/build-once.cjs",
  testTimeout: 60000,
};
