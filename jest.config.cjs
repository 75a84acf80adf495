/** Unit, property, data-provenance and build-boundary tests. Type-checking is `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
  globalSetup: "<rootDir>/tests/setup/build-once.cjs",
  testTimeout: 60000,
};
