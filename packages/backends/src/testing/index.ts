export {
  callJson,
  callQuery,
  type JsonRequestInit,
  jsonRequest,
  type QueryRequestInit,
  queryRequest,
  type SignedFetchInit,
  signedFetch,
} from "./signedFetch";
export { localCredentials, type SignRequestInit, signRequest } from "./signRequest";
