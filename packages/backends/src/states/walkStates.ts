/** One state of a definition, found at any depth (Map item processors and Parallel branches included). */
export interface FoundState {
  name: string;
  state: Record<string, unknown>;
}

/** Every state of an ASL definition, nested ones included. */
export function walkStates(definition: unknown): FoundState[] {
  const found: FoundState[] = [];
  const visit = (machine: unknown) => {
    if (typeof machine !== "object" || machine === null) return;
    const states = (machine as { States?: unknown }).States;
    if (typeof states !== "object" || states === null) return;
    for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
      if (typeof state !== "object" || state === null) continue;
      const record = state as Record<string, unknown>;
      found.push({ name, state: record });
      visit(record.ItemProcessor);
      visit(record.Iterator);
      if (Array.isArray(record.Branches)) for (const branch of record.Branches) visit(branch);
    }
  };
  visit(definition);
  return found;
}

/**
 * Wait-state durations scaled by `scale` (test-only: 0.01 turns a 10 s wait into 100 ms), keyed by
 * state name as the engine's `waitTimeOverrides` expects. Only `Seconds` waits can be scaled; waits
 * on `Timestamp`, `SecondsPath` or `TimestampPath` keep their real duration.
 */
export function scaledWaits(definition: unknown, scale: number): Record<string, number> {
  const overrides: Record<string, number> = {};
  if (scale === 1) return overrides;
  for (const { name, state } of walkStates(definition)) {
    if (state.Type === "Wait" && typeof state.Seconds === "number") overrides[name] = Math.round(state.Seconds * 1000 * scale);
  }
  return overrides;
}
