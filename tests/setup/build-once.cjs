/**
 * The build-boundary tests load dist/ exactly as Excel would, so the production build must be
 * current. Build once per test run; PP_TEST_USE_EXISTING_BUILD=1 reuses a dist/ already built
 * by the same commit (CI builds just before testing).
 */
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const path = require("node:path");

module.exports = async function buildOnce() {
  const root = path.resolve(__dirname, "../..");
  const built = existsSync(path.join(root, "dist/functions.js"));
  if (process.env.PP_TEST_USE_EXISTING_BUILD === "1" && built) return;
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    }
  );
};
