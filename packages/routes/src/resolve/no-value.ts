/**
 * What `Ref: AWS::NoValue` resolves to: the enclosing property (or list item) is removed,
 * as CloudFormation does.
 */
export const NO_VALUE: unique symbol = Symbol("AWS::NoValue");
