import { computeCidr } from "./cidr";

describe("computeCidr", () => {
  it("carves consecutive IPv4 subnets from the start of the block", () => {
    expect(computeCidr("192.168.0.0/24", 4, 6)).toEqual(["192.168.0.0/26", "192.168.0.64/26", "192.168.0.128/26", "192.168.0.192/26"]);
    expect(computeCidr("10.0.5.7/16", 2, 8)).toEqual(["10.0.0.0/24", "10.0.1.0/24"]);
  });

  it("writes IPv6 blocks in their compressed form", () => {
    expect(computeCidr("2001:db8::/32", 2, 95)).toEqual(["2001:db8::/33", "2001:db8:8000::/33"]);
    expect(computeCidr("2001:db8:0:0:1::/80", 2, 32)).toEqual(["2001:db8:0:0:1::/96", "2001:db8::1:1:0:0/96"]);
  });

  it("explains impossible requests", () => {
    expect(computeCidr("10.0.0.0/24", 5, 6)).toBe("/24 holds fewer than 5 subnets of /26");
    expect(computeCidr("10.0.0.0/24", 1, 9)).toBe("cidrBits 9 does not fit in /24");
    expect(computeCidr("10.0.0/24", 1, 8)).toBe('"10.0.0/24" is not a CIDR block');
  });
});
