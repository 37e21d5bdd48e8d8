// `pnpm local`: see launch.cjs.
require("./launch.cjs").launch("serve");
