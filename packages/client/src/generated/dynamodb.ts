// Generated from templates/dynamodb/template.yaml by @apigw-playground/codegen — do not edit.
import { defineOperation, type Invoker, type RouteDescriptor } from "../runtime";

export interface ItemInput {
  /**
   * @minLength 1
   * @maxLength 128
   */
  owner: string;
  /**
   * @minLength 1
   * @maxLength 256
   */
  title: string;
  /**
   * @minLength 1
   * @maxLength 4000
   */
  note?: string;
  /** @maxItems 20 */
  tags?: string[];
  /**
   * @minimum -1000000000
   * @maximum 1000000000
   */
  count?: number;
  done?: boolean;
}

export interface Item {
  id: string;
  owner: string;
  title: string;
  note?: string;
  tags?: string[];
  count?: number;
  done?: boolean;
  /**
   * Epoch milliseconds of the first write, as a string (the byOwner index's sort key).
   *
   * @pattern ^[0-9]+$
   */
  createdAt: string;
  /**
   * Epoch milliseconds of the last write, as a string.
   *
   * @pattern ^[0-9]+$
   */
  updatedAt: string;
}

export interface ItemList {
  items: Item[];
  count: number;
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

/** Input of `putItem` (`PUT /items/{id}`). */
export type PutItemInput = {
  path: {
    /**
     * The item's id (any string; API Gateway URL-decodes the path segment).
     *
     * @minLength 1
     * @maxLength 256
     */
    id: string;
  };
  body: ItemInput;
};

/**
 * Error bodies of `putItem` by status: what `isRouteError(error, client.dynamodb.putItem, status)` narrows `error.body`
 * to.
 */
export type PutItemErrors = { 400: ErrorModel; 500: ErrorModel };

const putItemRoute = {
  operationId: "putItem",
  method: "PUT",
  path: "/items/{id}",
  pathParams: [{ name: "id", greedy: false }],
  queryParams: [],
  headerParams: [],
  body: { kind: "json", required: true, mediaTypes: ["application/json"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `getItem` (`GET /items/{id}`). */
export type GetItemInput = {
  path: {
    /**
     * The item's id (any string; API Gateway URL-decodes the path segment).
     *
     * @minLength 1
     * @maxLength 256
     */
    id: string;
  };
};

/**
 * Error bodies of `getItem` by status: what `isRouteError(error, client.dynamodb.getItem, status)` narrows `error.body`
 * to.
 */
export type GetItemErrors = { 400: ErrorModel; 404: ErrorModel; 500: ErrorModel };

const getItemRoute = {
  operationId: "getItem",
  method: "GET",
  path: "/items/{id}",
  pathParams: [{ name: "id", greedy: false }],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "404": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `deleteItem` (`DELETE /items/{id}`). */
export type DeleteItemInput = {
  path: {
    /**
     * The item's id (any string; API Gateway URL-decodes the path segment).
     *
     * @minLength 1
     * @maxLength 256
     */
    id: string;
  };
};

/**
 * Error bodies of `deleteItem` by status: what `isRouteError(error, client.dynamodb.deleteItem, status)` narrows
 * `error.body` to.
 */
export type DeleteItemErrors = { 400: ErrorModel; 404: ErrorModel; 500: ErrorModel };

const deleteItemRoute = {
  operationId: "deleteItem",
  method: "DELETE",
  path: "/items/{id}",
  pathParams: [{ name: "id", greedy: false }],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "404": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `listItemsByOwner` (`GET /owners/{owner}/items`). */
export type ListItemsByOwnerInput = {
  path: {
    /**
     * The owner whose items to list.
     *
     * @minLength 1
     * @maxLength 128
     */
    owner: string;
  };
  query?: {
    /**
     * At most this many items (default: all, up to DynamoDB's 1 MB page). API Gateway does not check parameter types,
     * so the template does: a value that is not an integer 1-100 is sent as Limit 0, which DynamoDB rejects with a
     * ValidationException (a 400 here).
     *
     * @minimum 1
     * @maximum 100
     */
    limit?: number;
  };
};

/**
 * Error bodies of `listItemsByOwner` by status: what `isRouteError(error, client.dynamodb.listItemsByOwner, status)`
 * narrows `error.body` to.
 */
export type ListItemsByOwnerErrors = { 400: ErrorModel; 500: ErrorModel };

const listItemsByOwnerRoute = {
  operationId: "listItemsByOwner",
  method: "GET",
  path: "/owners/{owner}/items",
  pathParams: [{ name: "owner", greedy: false }],
  queryParams: [{ name: "limit", required: false }],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the dynamodb template, bound to `invoker`: what `client.dynamodb` holds.
 *
 * apigw-playground / dynamodb: a REST API that reads and writes a DynamoDB table directly (AWS integrations, JSON
 * protocol) - mapping templates turn plain JSON into DynamoDB attribute values and back.
 */
export function createDynamodbOperations(invoker: Invoker) {
  return {
    /**
     * Store an item under an id (replacing what was there) and return it.
     *
     * Uses UpdateItem rather than PutItem: PutItem cannot return the item it wrote (ReturnValues is only NONE or
     * ALL_OLD) and a response template cannot see the request body, so "return the stored item" needs UpdateItem with
     * ReturnValues ALL_NEW. Optional fields that are absent are REMOVEd, so the result is a full replacement, as with
     * PutItem. createdAt keeps the first write's time (if_not_exists); updatedAt is this request's time.
     *
     * `PUT /items/{id}`
     *
     * @returns 200: The item as stored.
     * @throws {RouteError} 400: The body failed validation, or DynamoDB rejected the request.
     * @throws {RouteError} 500: DynamoDB failed.
     */
    putItem: defineOperation<PutItemInput, Item, PutItemErrors>(invoker, "dynamodb", putItemRoute),
    /**
     * Read one item (strongly consistent).
     *
     * `GET /items/{id}`
     *
     * @returns 200: The item.
     * @throws {RouteError} 400: DynamoDB rejected the request.
     * @throws {RouteError} 404: No item has this id.
     * @throws {RouteError} 500: DynamoDB failed.
     */
    getItem: defineOperation<GetItemInput, Item, GetItemErrors>(invoker, "dynamodb", getItemRoute),
    /**
     * Delete an item and return what was deleted.
     *
     * `DELETE /items/{id}`
     *
     * @returns 200: The item that was deleted.
     * @throws {RouteError} 400: DynamoDB rejected the request.
     * @throws {RouteError} 404: There was no item with this id.
     * @throws {RouteError} 500: DynamoDB failed.
     */
    deleteItem: defineOperation<DeleteItemInput, Item, DeleteItemErrors>(invoker, "dynamodb", deleteItemRoute),
    /**
     * List an owner's items, newest first, through the byOwner index.
     *
     * `GET /owners/{owner}/items`
     *
     * @returns 200: The owner's items (possibly none).
     * @throws {RouteError} 400: The limit was invalid, or DynamoDB rejected the request.
     * @throws {RouteError} 500: DynamoDB failed.
     */
    listItemsByOwner: defineOperation<ListItemsByOwnerInput, ItemList, ListItemsByOwnerErrors>(
      invoker,
      "dynamodb",
      listItemsByOwnerRoute,
    ),
  };
}
