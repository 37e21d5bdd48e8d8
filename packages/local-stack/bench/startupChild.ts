// One measured process for bench/startup.ts: imports the local stack, starts it (cold: the first
// start in this process), stops it, then starts it again `warm` more times. Prints one JSON line.
// Usage: tsx bench/startupChild.ts <provision: yes|no> <warm runs>

interface Phases {
  total: number;
  templatesLoaded?: number;
  backendsStarted?: number;
  gatewayStarted?: number;
}

async function main(): Promise<void> {
  const provision = process.argv[2] !== "no";
  const warmRuns = Number(process.argv[3] ?? 5);
  const importStarted = performance.now();
  const { startLocalStack } = await import("../src");
  const { silentLogger } = await import("@apigw-playground/gateway");
  const imported = performance.now();

  const startOnce = async (): Promise<Phases> => {
    const phases: Partial<Phases> = {};
    const started = performance.now();
    const stack = await startLocalStack({
      provision,
      env: {},
      logger: silentLogger,
      onProgress: (event) => {
        if (event.type === "templates-loaded") phases.templatesLoaded = event.ms;
        if (event.type === "backends-started") phases.backendsStarted = event.ms;
        if (event.type === "gateway-started") phases.gatewayStarted = event.ms;
      },
    });
    const total = performance.now() - started;
    if (stack.apis.length !== 8) throw new Error(`expected 8 APIs, got ${stack.apis.length}`);
    await stack.stop();
    return { ...phases, total };
  };

  const cold = await startOnce();
  // performance.now() counts from the process's time origin: node's own start-up included.
  const processToReady = imported + cold.total;
  const warm: Phases[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await startOnce());
  process.stdout.write(`${JSON.stringify({ beforeImport: importStarted, importMs: imported - importStarted, processToReady, cold, warm })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
