// Preloaded (NODE_OPTIONS=--require) into every node process of a measured run when /usr/bin/time is
// missing: each reports its own peak RSS on exit, and the benchmark keeps the largest.
const { appendFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.DEMO_BENCH_RSS_FILE;
  if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
