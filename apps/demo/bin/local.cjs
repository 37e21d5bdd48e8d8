// `pnpm local` without a second pnpm or a tsx child process: tsx's require hook, in this process.
require("tsx/cjs/api").register();
require("../src/serve.ts");
