/** The add-in's version, as package.json gives it; stamped on the sheets it writes. */
export const ADDIN_VERSION = "1.0.0";
