/**
 * HTTPS options for the dev server. Office only loads add-ins over HTTPS, so webpack-dev-server
 * needs a localhost certificate that the client (Excel desktop's webview, or the browser running
 * Excel on the web) trusts.
 *
 * Windows and macOS: office-addin-dev-certs makes the certificates and trusts its CA in the OS
 * store, as Office's own tooling does.
 *
 * Linux (no Excel desktop; Excel on the web in a browser): the package's install step runs
 * `sudo sh install_linux.sh`, which fails as root without sudo, in containers and in CI, and even
 * when it works only reaches the system store, which Chrome and Firefox on Linux do not consult for
 * user-added CAs. Worse, whenever the CA is not in that store the package deletes and regenerates
 * the certificates on every start, so a CA the user had trusted in the browser stops working. So on
 * Linux we reuse certificates that are still good, generate them with the package only when they
 * are missing or stale, never fail for want of an install, and say once where the CA is.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const devCerts = require("office-addin-dev-certs");
const certPaths = require("office-addin-dev-certs/lib/defaults");

/** Certificates must outlive a working day's session, or a restart tomorrow finds them expired. */
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000;

async function getHttpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    return devCerts.getHttpsServerOptions();
  }
  return getHttpsOptionsWithoutSystemTrust();
}

async function getHttpsOptionsWithoutSystemTrust() {
  let options = readUsableCertificates();
  if (!options && canPrompt()) {
    // With a terminal the package's install may ask for a sudo password, which the user can
    // answer; without one sudo would fail anyway, so it is not tried.
    try {
      await devCerts.getHttpsServerOptions();
    } catch (err) {
      console.log(`Could not add the dev CA to the system store (${firstLine(err)}); continuing.`);
    }
    options = readUsableCertificates();
  }
  if (!options) {
    // generateCertificates writes nothing if a CA file is already there, stale or not.
    devCerts.deleteCertificateFiles(certPaths.certificateDirectory);
    await devCerts.generateCertificates();
    options = readUsableCertificates();
    if (!options) {
      throw new Error(
        `Generated dev certificates in ${certPaths.certificateDirectory} are unusable.`
      );
    }
  }
  console.log(
    `Dev HTTPS: trust the CA ${certPaths.caCertificatePath} in the browser you run Excel on the web in, ` +
      `or the add-in will not load (Chrome: Settings > Privacy and security > Security > ` +
      `Manage certificates > Authorities > Import, tick "Trust this certificate for identifying ` +
      `websites"; Firefox: Settings > Privacy & Security > Certificates > View Certificates > ` +
      `Authorities > Import, tick "Trust this CA to identify websites"); it is valid for ` +
      `${certPaths.daysUntilCertificateExpires} days and is reused until then.`
  );
  return options;
}

/**
 * The existing localhost certificate, key and CA, if they belong together, cover localhost and
 * are not about to expire; otherwise undefined.
 */
function readUsableCertificates() {
  let ca;
  let cert;
  let key;
  try {
    ca = fs.readFileSync(certPaths.caCertificatePath);
    cert = fs.readFileSync(certPaths.localhostCertificatePath);
    key = fs.readFileSync(certPaths.localhostKeyPath);
  } catch {
    return undefined;
  }
  try {
    const caCert = new crypto.X509Certificate(ca);
    const localhostCert = new crypto.X509Certificate(cert);
    const deadline = Date.now() + MIN_REMAINING_MS;
    const usable =
      Date.parse(caCert.validTo) > deadline &&
      Date.parse(localhostCert.validTo) > deadline &&
      localhostCert.checkIssued(caCert) &&
      localhostCert.verify(caCert.publicKey) &&
      localhostCert.checkPrivateKey(crypto.createPrivateKey(key)) &&
      localhostCert.checkHost("localhost") !== undefined;
    return usable ? { key, cert, ca } : undefined;
  } catch {
    return undefined;
  }
}

function canPrompt() {
  const ci = (process.env.CI || "").toLowerCase();
  const inCi = ci !== "" && ci !== "false" && ci !== "0";
  return Boolean(process.stdin.isTTY) && !inCi;
}

function firstLine(err) {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n").find((line) => line.trim() !== "") || "unknown error";
}

module.exports = { getHttpsOptions };
