import { GatewayError } from "./errors/GatewayError";
import { runCli } from "./cli/run-cli";
import { consoleLogger } from "./logger";

// `pnpm serve`: errors are one clear message, never a stack trace; Ctrl+C stops the gateway cleanly.
runCli(process.argv.slice(2), { out: (line) => console.log(line), logger: consoleLogger }).then(
  (gateway) => {
    if (gateway === undefined) return;
    process.once("SIGINT", () => {
      gateway.stop().then(
        () => process.exit(0),
        (e: unknown) => {
          console.error(`Stopping failed: ${e instanceof Error ? e.message : String(e)}`);
          process.exit(1);
        },
      );
    });
  },
  (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`serve: ${message}`);
    process.exit(e instanceof GatewayError && e.$fault === "client" ? 2 : 1);
  },
);
