import { eventPatternProblem } from "./eventPatternProblem";
import { matchEventPattern } from "./matchEventPattern";

// The example event of the EventBridge user guide's "Event patterns" pages, with extra detail members
// used by the content-filtering examples there.
const event = {
  version: "0",
  id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
  "detail-type": "EC2 Instance State-change Notification",
  source: "aws.ec2",
  account: "111122223333",
  time: "2017-12-22T18:43:48Z",
  region: "us-west-1",
  resources: ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0", "arn:aws:ec2:us-west-1:123456789012:instance/i-b188560f"],
  detail: {
    "instance-id": "i-1234567890abcdef0",
    state: "terminated",
    "c-count": 5,
    "d-count": 3,
    "x-limit": 301.8,
    "file-type": "IMAGE/png",
    FileName: "photo.PNG",
    sourceIPAddress: "10.0.0.123",
    eventSourceARN: "arn:aws:s3:::amzn-s3-demo-bucket/pictures/cat.png",
    responseElements: null,
    eventVersion: "",
    location: "eu-west",
    tags: ["blue", "green"],
    items: [{ sku: "a-1", qty: 2 }, { sku: "b-2", qty: 0 }],
  },
};

const matches = (pattern: unknown) => matchEventPattern(pattern as Record<string, unknown>, event);

describe("matchEventPattern: exact values", () => {
  it("matches a field equal to one of the listed values", () => {
    expect(matches({ source: ["aws.ec2"] })).toBe(true);
    expect(matches({ source: ["aws.s3", "aws.ec2"] })).toBe(true);
  });

  it("does not match when no listed value is equal", () => {
    expect(matches({ source: ["aws.s3"] })).toBe(false);
  });

  it("requires every field of the pattern to match", () => {
    expect(matches({ source: ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"] })).toBe(true);
    expect(matches({ source: ["aws.ec2"], "detail-type": ["Something else"] })).toBe(false);
  });

  it("matches nested fields of detail", () => {
    expect(matches({ detail: { state: ["terminated", "stopped"] } })).toBe(true);
    expect(matches({ detail: { state: ["running"] } })).toBe(false);
  });

  it("is type-sensitive: the string \"5\" does not match the number 5", () => {
    expect(matches({ detail: { "c-count": [5] } })).toBe(true);
    expect(matches({ detail: { "c-count": ["5"] } })).toBe(false);
  });

  it("does not match a field the event lacks", () => {
    expect(matches({ detail: { missing: ["x"] } })).toBe(false);
  });

  it("matches an event array when any of its elements is listed", () => {
    expect(matches({ resources: ["arn:aws:ec2:us-west-1:123456789012:instance/i-b188560f", "arn:other"] })).toBe(true);
    expect(matches({ resources: ["arn:other"] })).toBe(false);
  });

  it("matches null and the empty string exactly", () => {
    expect(matches({ detail: { responseElements: [null] } })).toBe(true);
    expect(matches({ detail: { eventVersion: [""] } })).toBe(true);
    expect(matches({ detail: { state: [null] } })).toBe(false);
  });

  it("matches nested patterns against objects inside event arrays", () => {
    expect(matches({ detail: { items: { sku: [{ prefix: "b-" }] } } })).toBe(true);
    expect(matches({ detail: { items: { sku: ["c-3"] } } })).toBe(false);
  });

  it("does not treat a nested pattern as matching a scalar", () => {
    expect(matches({ detail: { state: { inner: ["x"] } } })).toBe(false);
  });
});

describe("matchEventPattern: prefix and suffix", () => {
  it("matches a prefix", () => {
    expect(matches({ time: [{ prefix: "2017-12-22" }] })).toBe(true);
    expect(matches({ time: [{ prefix: "2018" }] })).toBe(false);
  });

  it("matches a prefix ignoring case", () => {
    expect(matches({ detail: { "file-type": [{ prefix: { "equals-ignore-case": "image" } }] } })).toBe(true);
    expect(matches({ detail: { "file-type": [{ prefix: "image" }] } })).toBe(false);
  });

  it("matches a suffix", () => {
    expect(matches({ detail: { eventSourceARN: [{ suffix: ".png" }] } })).toBe(true);
    expect(matches({ detail: { FileName: [{ suffix: ".png" }] } })).toBe(false);
  });

  it("matches a suffix ignoring case", () => {
    expect(matches({ detail: { FileName: [{ suffix: { "equals-ignore-case": ".png" } }] } })).toBe(true);
  });

  it("does not apply prefix to numbers", () => {
    expect(matches({ detail: { "c-count": [{ prefix: "5" }] } })).toBe(false);
  });
});

describe("matchEventPattern: equals-ignore-case", () => {
  it("matches regardless of case", () => {
    expect(matches({ "detail-type": [{ "equals-ignore-case": "ec2 instance state-change notification" }] })).toBe(true);
    expect(matches({ "detail-type": [{ "equals-ignore-case": "ec2 instance" }] })).toBe(false);
  });
});

describe("matchEventPattern: anything-but", () => {
  it("matches anything but a value", () => {
    expect(matches({ detail: { state: [{ "anything-but": "initializing" }] } })).toBe(true);
    expect(matches({ detail: { state: [{ "anything-but": "terminated" }] } })).toBe(false);
  });

  it("matches anything but any value of a list", () => {
    expect(matches({ detail: { state: [{ "anything-but": ["stopped", "overloaded"] }] } })).toBe(true);
    expect(matches({ detail: { state: [{ "anything-but": ["stopped", "terminated"] }] } })).toBe(false);
  });

  it("matches anything but a number", () => {
    expect(matches({ detail: { "x-limit": [{ "anything-but": 123 }] } })).toBe(true);
    expect(matches({ detail: { "c-count": [{ "anything-but": [5, 6] }] } })).toBe(false);
  });

  it("matches anything but a prefix", () => {
    expect(matches({ detail: { state: [{ "anything-but": { prefix: "init" } }] } })).toBe(true);
    expect(matches({ detail: { state: [{ "anything-but": { prefix: "term" } }] } })).toBe(false);
  });

  it("matches anything but a suffix", () => {
    expect(matches({ detail: { FileName: [{ "anything-but": { suffix: ".txt" } }] } })).toBe(true);
    expect(matches({ detail: { FileName: [{ "anything-but": { suffix: ".PNG" } }] } })).toBe(false);
  });

  it("matches anything but values ignoring case", () => {
    expect(matches({ detail: { state: [{ "anything-but": { "equals-ignore-case": ["Stopped", "OverLoaded"] } }] } })).toBe(true);
    expect(matches({ detail: { state: [{ "anything-but": { "equals-ignore-case": ["TERMINATED"] } }] } })).toBe(false);
  });

  it("matches anything but a wildcard", () => {
    expect(matches({ detail: { eventSourceARN: [{ "anything-but": { wildcard: "*.jpg" } }] } })).toBe(true);
    expect(matches({ detail: { eventSourceARN: [{ "anything-but": { wildcard: "*/cat.*" } }] } })).toBe(false);
  });

  it("does not match a field the event lacks", () => {
    expect(matches({ detail: { missing: [{ "anything-but": "x" }] } })).toBe(false);
  });
});

describe("matchEventPattern: numeric", () => {
  it("matches ranges", () => {
    expect(matches({ detail: { "c-count": [{ numeric: [">", 0, "<=", 5] }], "d-count": [{ numeric: ["<", 10] }] } })).toBe(true);
    expect(matches({ detail: { "c-count": [{ numeric: [">", 5] }] } })).toBe(false);
  });

  it("matches equality with exponent notation", () => {
    expect(matches({ detail: { "x-limit": [{ numeric: ["=", 3.018e2] }] } })).toBe(true);
  });

  it("does not match strings", () => {
    expect(matches({ detail: { state: [{ numeric: [">", 0] }] } })).toBe(false);
  });
});

describe("matchEventPattern: exists", () => {
  it("matches a present leaf with exists true", () => {
    expect(matches({ detail: { state: [{ exists: true }] } })).toBe(true);
    expect(matches({ detail: { missing: [{ exists: true }] } })).toBe(false);
  });

  it("matches an absent field with exists false", () => {
    expect(matches({ detail: { missing: [{ exists: false }] } })).toBe(true);
    expect(matches({ detail: { state: [{ exists: false }] } })).toBe(false);
  });

  it("only looks at leaves: an object-valued field matches neither", () => {
    expect(matches({ detail: [{ exists: true }] })).toBe(false);
    expect(matches({ detail: [{ exists: false }] })).toBe(false);
  });
});

describe("matchEventPattern: cidr", () => {
  it("matches an IPv4 address inside the range", () => {
    expect(matches({ detail: { sourceIPAddress: [{ cidr: "10.0.0.0/24" }] } })).toBe(true);
    expect(matches({ detail: { sourceIPAddress: [{ cidr: "10.0.1.0/24" }] } })).toBe(false);
  });
});

describe("matchEventPattern: wildcard", () => {
  it("matches * against any run of characters", () => {
    expect(matches({ detail: { eventSourceARN: [{ wildcard: "arn:aws:s3:::amzn-s3-demo-bucket/*.png" }] } })).toBe(true);
    expect(matches({ source: [{ wildcard: "aws.*" }] })).toBe(true);
    expect(matches({ source: [{ wildcard: "*.s3" }] })).toBe(false);
  });

  it("treats \\* as a literal star", () => {
    expect(matchEventPattern({ name: [{ wildcard: "a\\*b" }] }, { name: "a*b" })).toBe(true);
    expect(matchEventPattern({ name: [{ wildcard: "a\\*b" }] }, { name: "axxb" })).toBe(false);
  });

  it("takes other regular-expression characters literally", () => {
    expect(matchEventPattern({ name: [{ wildcard: "a.c*" }] }, { name: "abc" })).toBe(false);
  });
});

describe("matchEventPattern: $or", () => {
  it("matches when any alternative matches", () => {
    const pattern = {
      detail: {
        $or: [{ "c-count": [{ numeric: [">", 10] }] }, { "d-count": [{ numeric: ["<", 10] }] }],
      },
    };
    expect(matches(pattern)).toBe(true);
  });

  it("does not match when no alternative matches", () => {
    expect(matches({ $or: [{ source: ["aws.s3"] }, { "detail-type": ["x"] }] })).toBe(false);
  });

  it("combines with sibling fields (AND)", () => {
    expect(matches({ source: ["aws.ec2"], $or: [{ region: ["us-west-1"] }, { account: ["x"] }] })).toBe(true);
    expect(matches({ source: ["aws.s3"], $or: [{ region: ["us-west-1"] }, { account: ["x"] }] })).toBe(false);
  });
});

describe("matchEventPattern: mixed matchers in one list", () => {
  it("ORs different matcher kinds", () => {
    expect(matches({ detail: { location: [{ prefix: "us-" }, { "anything-but": "eu-north" }] } })).toBe(true);
    expect(matches({ detail: { location: [{ prefix: "us-" }, "ap-south"] } })).toBe(false);
  });

  it("tries every element of an event array against anything-but", () => {
    expect(matches({ detail: { tags: [{ "anything-but": "blue" }] } })).toBe(true);
    expect(matches({ detail: { tags: [{ "anything-but": ["blue", "green"] }] } })).toBe(false);
  });
});

describe("eventPatternProblem", () => {
  it("accepts the documented examples", () => {
    expect(eventPatternProblem('{"source":["aws.ec2"],"detail":{"state":[{"anything-but":{"prefix":"init"}}]}}')).toBeUndefined();
    expect(eventPatternProblem('{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}]}}')).toBeUndefined();
    expect(eventPatternProblem('{"$or":[{"source":["a"]},{"source":["b"]}]}')).toBeUndefined();
  });

  it("rejects a leaf that is not an array", () => {
    expect(eventPatternProblem('{"source":"aws.ec2"}')).toBe("'source' must be an object or an array");
  });

  it("rejects JSON that does not parse or is not an object", () => {
    expect(eventPatternProblem("{")).toMatch(/not valid JSON/);
    expect(eventPatternProblem("[1]")).toBe("Filter is not an object");
  });

  it("rejects unknown match types", () => {
    expect(eventPatternProblem('{"source":[{"startsWith":"a"}]}')).toBe("Unrecognized match type startsWith");
  });

  it("rejects malformed numeric ranges", () => {
    expect(eventPatternProblem('{"n":[{"numeric":[">",5,"<",1]}]}')).toBe("Bottom must be less than top");
    expect(eventPatternProblem('{"n":[{"numeric":["~",5]}]}')).toMatch(/Unrecognized numeric range operator/);
  });

  it("rejects exists that is not a boolean", () => {
    expect(eventPatternProblem('{"n":[{"exists":"yes"}]}')).toMatch(/true or false/);
  });

  it("rejects consecutive wildcards", () => {
    expect(eventPatternProblem('{"n":[{"wildcard":"a**b"}]}')).toMatch(/Consecutive wildcard/);
  });

  it("rejects $or with fewer than two alternatives", () => {
    expect(eventPatternProblem('{"$or":[{"source":["a"]}]}')).toMatch(/\$or/);
  });
});
