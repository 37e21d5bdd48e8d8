// `pnpm demo`: see launch.cjs.
require("./launch.cjs").launch("main");
