import { AwsServiceError } from "../errors/AwsServiceError";

/**
 * Runs a create call and turns the service's "already exists" answer into `existed`, so that
 * provisioning twice (a stack restarted against a long-lived moto_server) is not an error. Any
 * other failure is rethrown.
 * @param codes the error codes that mean "it is already there" for this action
 */
export async function acceptExisting<T>(create: () => Promise<T>, codes: readonly string[]): Promise<{ status: "created"; value: T } | { status: "existed"; error: AwsServiceError }> {
  try {
    return { status: "created", value: await create() };
  } catch (error) {
    if (error instanceof AwsServiceError && codes.includes(error.code)) return { status: "existed", error };
    throw error;
  }
}
