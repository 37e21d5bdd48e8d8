/**
 * Java's Double.toString: plain notation with at least one decimal for 1e-3 <= |d| < 1e7
 * (`2.0`, `0.001`), computerized scientific notation otherwise (`1.0E7`, `1.5E-5`). Velocity prints
 * doubles this way, so `$input.path('$.price')` of a JSON `2.0` renders `2.0`.
 */
export function formatDouble(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (d === Number.POSITIVE_INFINITY) return "Infinity";
  if (d === Number.NEGATIVE_INFINITY) return "-Infinity";
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    // JavaScript also prints the shortest round-tripping digits and never uses an exponent in this range.
    const s = String(d);
    return s.includes(".") ? s : s + ".0";
  }
  const [mantissa = "", exponent = "0"] = d.toExponential().split("e");
  return (mantissa.includes(".") ? mantissa : mantissa + ".0") + "E" + Number(exponent);
}
