export { callJson, callQuery, type SignedFetchInit, signedFetch } from "./signedFetch";
export { localCredentials, type SignRequestInit, signRequest } from "./signRequest";
