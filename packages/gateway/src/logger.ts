/**
 * Where the gateway writes what API Gateway would put in its execution logs
 * ("Execution failed due to configuration error: ...") and what the local process does.
 */
export interface GatewayLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Writes to the console (stderr for warnings and errors). */
export const consoleLogger: GatewayLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

/** Drops everything (tests that only look at answers). */
export const silentLogger: GatewayLogger = { info() {}, warn() {}, error() {} };
