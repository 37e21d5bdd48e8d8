// `pnpm demo`: see cli/runMain.ts. Ctrl+C ends the run at once (the local stack lives in this process).
import { runMain } from "./cli/runMain";

let stopProgress: () => void = () => {};
process.once("SIGINT", () => {
  stopProgress();
  process.exit(130);
});

runMain(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  onInterruptible: (stop) => {
    stopProgress = stop;
  },
}).then((code) => {
  // Exit once stdout has taken everything (it can be asynchronous for pipes on some platforms).
  process.stdout.write("", () => process.exit(code));
});
