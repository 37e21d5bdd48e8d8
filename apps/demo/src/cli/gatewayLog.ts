import type { GatewayLogger } from "@apigw-playground/gateway";

/** The local gateway's execution log, kept for the report; lines are also passed to `echo` (--verbose). */
export interface GatewayLog extends GatewayLogger {
  /** Warnings and errors so far: what explains a failed step ("Execution failed due to ..."). */
  problems(): readonly string[];
}

/** A gateway logger that keeps warnings and errors and hands every line to `echo`. */
export function createGatewayLog(echo?: (line: string) => void): GatewayLog {
  const problems: string[] = [];
  return {
    info: (message) => echo?.(`gateway: ${message}`),
    warn: (message) => {
      problems.push(message);
      echo?.(`gateway warning: ${message}`);
    },
    error: (message) => {
      problems.push(message);
      echo?.(`gateway error: ${message}`);
    },
    problems: () => problems,
  };
}
