/** `pnpm demo --help`. */
export const DEMO_USAGE = `Usage: pnpm demo [options]

Runs one scenario per template through the typed PlaygroundClient, then the security checks
(unsigned, wrong secret, bad body), and prints a table of results. Exits 1 if anything failed.
By default everything runs locally: the local API Gateway and AWS backends start in-process.

Options:
  --only <templates>          comma-separated template names (default: all of templates/)
  --json                      machine-readable results only on stdout (use \`pnpm -s demo --json\`)
  --verbose                   print each request and response (bodies truncated); stack traces on errors
  --target local|aws          where to run (default local)
  --region <region>           region of the APIs (aws default: AWS_REGION, AWS_DEFAULT_REGION, us-east-1)
  --profile <name>            AWS profile for credentials (aws only; default: AWS_PROFILE, then default)
  --stack <template>=<stack>  stack name of a template (aws only, repeatable; default: samconfig.toml's)
  --api-key <value>           the mock template's API key (aws only; the local stack knows its own)
  -h, --help                  show this help
  -v, --version               print the version

Examples:
  pnpm demo --only dynamodb,s3
  pnpm demo --target aws --profile playground
  pnpm -s demo --json > results.json
`;

/** `pnpm local --help`. */
export const SERVE_USAGE = `Usage: pnpm local [options]

Serves the local stack (the local API Gateway with every template's API, the AWS backends and the
upstreams of the http and vpclink templates) until Ctrl+C, and prints how to call it.

Options:
  --only <templates>          comma-separated template names (default: all of templates/)
  --port <n>                  port of the first API (default: chosen by the OS)
  -h, --help                  show this help
`;
