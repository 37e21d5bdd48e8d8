/**
 * Where DescribeStacks goes: the explicit option, then the AWS SDKs' endpoint variables
 * (AWS_ENDPOINT_URL_CLOUDFORMATION, AWS_ENDPOINT_URL), then the regional endpoint.
 */
export function cloudFormationEndpoint(region: string, explicit?: string, env: NodeJS.ProcessEnv = process.env): URL {
  const configured = explicit ?? env["AWS_ENDPOINT_URL_CLOUDFORMATION"] ?? env["AWS_ENDPOINT_URL"];
  if (configured) return new URL(configured);
  const suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return new URL(`https://cloudformation.${region}.${suffix}/`);
}
