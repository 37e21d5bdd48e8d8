import packageJson from "../../package.json";

/** The demo's version, from its package.json. */
export const version: string = packageJson.version;
