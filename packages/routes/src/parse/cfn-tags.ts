import { type CollectionTag, Pair, type ScalarTag, Scalar, YAMLMap } from "yaml";

/**
 * The short-form intrinsic functions CloudFormation accepts in YAML (`!Sub`, `!GetAtt`, ...).
 * Each becomes its long form (`{ "Fn::Sub": ... }`, `{ Ref: ... }`) so the resolver sees one shape.
 * `ToJsonString` and `Length` come from the `AWS::LanguageExtensions` transform.
 */
export const INTRINSIC_FUNCTIONS = [
  "And",
  "Base64",
  "Cidr",
  "Equals",
  "FindInMap",
  "GetAZs",
  "GetAtt",
  "If",
  "ImportValue",
  "Join",
  "Length",
  "Not",
  "Or",
  "Select",
  "Split",
  "Sub",
  "ToJsonString",
  "Transform",
] as const;

/** The long-form key for a short tag name: `Ref` and `Condition` stay bare, the rest get `Fn::`. */
function longFormKey(name: string): string {
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}

/** `!GetAtt Res.Attr` splits at the first dot only: `Res.Outputs.Name` reads attribute `Outputs.Name`. */
function scalarArgument(name: string, value: string): unknown {
  if (name !== "GetAtt") return value;
  const dot = value.indexOf(".");
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

function scalarTag(name: string): ScalarTag {
  return {
    tag: `!${name}`,
    resolve: (value) => ({ [longFormKey(name)]: scalarArgument(name, value) }),
  };
}

/**
 * Collections become a one-entry map node `{ "Fn::X": <the collection node> }`, keeping the
 * collection's source range so problems inside it can still be located.
 */
function collectionTag(name: string, collection: "map" | "seq"): CollectionTag {
  return {
    tag: `!${name}`,
    collection,
    resolve: (node) => {
      const wrapper = new YAMLMap();
      wrapper.items.push(new Pair(new Scalar(longFormKey(name)), node));
      return wrapper;
    },
  };
}

/**
 * Custom tags for the `yaml` package. Every tag accepts scalars, sequences and maps; the
 * resolver checks the argument shape and reports a located problem when it is wrong, which
 * reads better than a YAML tag error.
 */
export const cfnTags: Array<ScalarTag | CollectionTag> = ["Ref", "Condition", ...INTRINSIC_FUNCTIONS].flatMap(
  (name) => [scalarTag(name), collectionTag(name, "seq"), collectionTag(name, "map")],
);
