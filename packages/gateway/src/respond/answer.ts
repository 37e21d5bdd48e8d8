/** What the gateway writes back to the client. */
export interface GatewayAnswer {
  status: number;
  /** Header names as they go on the wire; repeated headers as arrays. */
  headers: Record<string, string | string[]>;
  body: Buffer | string;
}
