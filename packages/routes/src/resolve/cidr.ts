/**
 * `Fn::Cidr`: `count` consecutive subnets of `cidrBits` host bits carved from the start of
 * `ipBlock` (IPv4 or IPv6), as CloudFormation computes them.
 * @returns the CIDR blocks, or an error message
 */
export function computeCidr(ipBlock: string, count: number, cidrBits: number): string[] | string {
  const [address, prefixText] = ipBlock.split("/");
  const prefix = Number(prefixText);
  const v6 = address?.includes(":") ?? false;
  const width = v6 ? 128 : 32;
  const base = address === undefined ? undefined : v6 ? parseIpv6(address) : parseIpv4(address);
  if (base === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > width) {
    return `"${ipBlock}" is not a CIDR block`;
  }
  if (!Number.isInteger(count) || count < 1 || count > 256) return `count must be 1..256, got ${count}`;
  const subnetPrefix = width - cidrBits;
  if (!Number.isInteger(cidrBits) || cidrBits < 0 || subnetPrefix < prefix) {
    return `cidrBits ${cidrBits} does not fit in /${prefix}`;
  }
  if (BigInt(count) > 1n << BigInt(subnetPrefix - prefix)) {
    return `/${prefix} holds fewer than ${count} subnets of /${subnetPrefix}`;
  }
  const size = 1n << BigInt(cidrBits);
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - prefix)) - 1n);
  const start = base & mask;
  const blocks: string[] = [];
  for (let i = 0n; i < BigInt(count); i++) {
    const value = start + i * size;
    blocks.push(`${v6 ? formatIpv6(value) : formatIpv4(value)}/${subnetPrefix}`);
  }
  return blocks;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) + BigInt(p), 0n);
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
}

function parseIpv6(text: string): bigint | undefined {
  const [head = "", tail, extra] = text.split("::");
  if (extra !== undefined) return undefined;
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...tailGroups];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) + BigInt(`0x${g}`), 0n);
}

/** RFC 5952 text form: lowercase, the longest run of two or more zero groups written as `::`. */
function formatIpv6(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((value >> shift) & 0xffffn).toString(16));
  let best = { start: -1, length: 1 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === "0") length++;
    if (length > best.length) best = { start, length };
  }
  if (best.start < 0) return groups.join(":");
  return `${groups.slice(0, best.start).join(":")}::${groups.slice(best.start + best.length).join(":")}`;
}
