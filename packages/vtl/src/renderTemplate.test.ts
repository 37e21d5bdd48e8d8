// Conformance: the mapping-template examples of API Gateway's developer guide ("API Gateway mapping
// template and access logging variable reference", "$input variables", "$util variables", the
// photos example, the override tutorials), one test per documented example.
import { render, renderWith } from "./testing";

const params = { path: {}, querystring: {}, header: {} };

describe("API Gateway mapping template reference examples", () => {
  test("$context example maps context variables into the payload", () => {
    const template = `{
    "stage" : "$context.stage",
    "request_id" : "$context.requestId",
    "api_id" : "$context.apiId",
    "resource_path" : "$context.resourcePath",
    "resource_id" : "$context.resourceId",
    "http_method" : "$context.httpMethod",
    "source_ip" : "$context.identity.sourceIp",
    "user-agent" : "$context.identity.userAgent",
    "account_id" : "$context.identity.accountId",
    "api_key" : "$context.identity.apiKey",
    "caller" : "$context.identity.caller",
    "user" : "$context.identity.user",
    "user_arn" : "$context.identity.userArn"
}`;
    const context = {
      stage: "prod",
      requestId: "abcdefg-000-000-0000-abcdefg",
      apiId: "abcd1234",
      resourcePath: "/",
      resourceId: "efg567",
      httpMethod: "GET",
      identity: {
        sourceIp: "192.0.2.1",
        userAgent: "curl/7.84.0",
        accountId: "111122223333",
        apiKey: "MyTestKey",
        caller: "ABCD-0000-12345",
        user: "ABCD-0000-12345",
        userArn: "arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar",
      },
    };
    expect(JSON.parse(render(template, { context }))).toEqual({
      stage: "prod",
      request_id: "abcdefg-000-000-0000-abcdefg",
      api_id: "abcd1234",
      resource_path: "/",
      resource_id: "efg567",
      http_method: "GET",
      source_ip: "192.0.2.1",
      "user-agent": "curl/7.84.0",
      account_id: "111122223333",
      api_key: "MyTestKey",
      caller: "ABCD-0000-12345",
      user: "ABCD-0000-12345",
      user_arn: "arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar",
    });
  });

  test("parameter mapping example passes path, querystring and header parameters through", () => {
    const template = `#set($allParams = $input.params())
{
  "params" : {
    #foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
    "$type" : {
      #foreach($paramName in $params.keySet())
      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
      #if($foreach.hasNext),#end
      #end
    }
    #if($foreach.hasNext),#end
    #end
  }
}`;
    const out = render(template, {
      params: { path: { path_name: "path_value" }, querystring: { querystring_name: "querystring_value" }, header: { header_name: "header_value" } },
    });
    expect(JSON.parse(out)).toEqual({
      params: {
        path: { path_name: "path_value" },
        querystring: { querystring_name: "querystring_value" },
        header: { header_name: "header_value" },
      },
    });
  });

  test("JSON mapping example reads a name from the query string and includes the whole body", () => {
    const template = `{
    "name" : "$input.params('name')",
    "body" : $input.json('$') 
}`;
    const out = render(template, { body: '{"a": [1, 2], "b": "x"}', params: { ...params, querystring: { name: "me" } } });
    expect(JSON.parse(out)).toEqual({ name: "me", body: { a: [1, 2], b: "x" } });
  });

  test("$input.json('$.mykey') example includes one property of the body", () => {
    const template = `{
    "name" : "$input.params('name')",
    "body" : $input.json('$.mykey')  
}`;
    const out = render(template, { body: '{"mykey": {"k": "v"}, "other": 1}', params: { ...params, path: { name: "p" } } });
    expect(JSON.parse(out)).toEqual({ name: "p", body: { k: "v" } });
  });

  test("escapeJavaScript($input.json('$.mykey')) example escapes the JSON text", () => {
    const out = render(`{"body" : $util.escapeJavaScript($input.json('$.mykey'))}`, { body: '{"mykey": {"k": "v"}}' });
    expect(out).toBe('{"body" : {\\"k\\":\\"v\\"}}');
  });

  test("request and response example counts things with $input.path().size()", () => {
    const template = `{
    "id" : "$input.params('id')",
    "count" : "$input.path('$.things').size()",
    "things" : $util.escapeJavaScript($input.json('$.things'))
}`;
    const out = render(template, {
      body: '{"things" : {"1" : {}, "2" : {}, "3" : {}}}',
      params: { ...params, path: { id: "abc" } },
    });
    // The guide shows the things pretty-printed; the template really emits the escaped JSON text.
    expect(out).toBe(`{
    "id" : "abc",
    "count" : "3",
    "things" : {\\"1\\":{},\\"2\\":{},\\"3\\":{}}
}`);
  });

  test("$input.path('$.pets').size() returns the number of pets", () => {
    const body = JSON.stringify({
      pets: [
        { id: 1, type: "dog", price: 249.99 },
        { id: 2, type: "cat", price: 124.99 },
        { id: 3, type: "fish", price: 0.99 },
      ],
    });
    expect(render(`$input.path('$.pets').size()`, { body })).toBe("3");
  });

  test("$util.parseJson example reads a value from stringified JSON", () => {
    const template = `#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))
{
   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]
}`;
    const body = JSON.stringify({ errorMessage: JSON.stringify({ key1: "var1", key2: { arr: [1, 2, 3] } }) });
    expect(JSON.parse(render(template, { body }))).toEqual({ errorMessageObjKey2ArrVal: 1 });
  });

  test("$util.escapeJavaScript example turns escaped single quotes back for JSON", () => {
    const out = render(`{"data": "$util.escapeJavaScript($input.path('$.data')).replaceAll("\\\\'","'")"}`, {
      body: JSON.stringify({ data: `it's "quoted"` }),
    });
    expect(JSON.parse(out)).toEqual({ data: `it's "quoted"` });
  });

  test("$stageVariables are read with dot, bracket and braced bracket syntax", () => {
    const out = render(`$stageVariables.url|$stageVariables['my var']|\${stageVariables['url']}`, {
      stageVariables: { url: "example.com", "my var": "v" },
    });
    expect(out).toBe("example.com|v|example.com");
  });
});

describe("photos example (models and mapping templates)", () => {
  const original = {
    photos: {
      page: 1,
      pages: "1234",
      perpage: 100,
      total: "123398",
      photo: [
        { id: "12345678901", owner: "23456789@A12", secret: "abc123d456", server: "1234", farm: 1, title: "Sample photo 1", ispublic: 1, isfriend: 0, isfamily: 0 },
        { id: "23456789012", owner: "34567890@B23", secret: "bcd234e567", server: "2345", farm: 2, title: "Sample photo 2", ispublic: 1, isfriend: 0, isfamily: 0 },
      ],
    },
  };

  test("input mapping template reproduces the original data", () => {
    const template = `#set($inputRoot = $input.path('$'))
{
  "photos": {
    "page": $inputRoot.photos.page,
    "pages": "$inputRoot.photos.pages",
    "perpage": $inputRoot.photos.perpage,
    "total": "$inputRoot.photos.total",
    "photo": [
#foreach($elem in $inputRoot.photos.photo)
      {
        "id": "$elem.id",
        "owner": "$elem.owner",
        "secret": "$elem.secret",
        "server": "$elem.server",
        "farm": $elem.farm,
        "title": "$elem.title",
        "ispublic": $elem.ispublic,
        "isfriend": $elem.isfriend,
        "isfamily": $elem.isfamily
      }#if($foreach.hasNext),#end
\t\t\t
#end
    ]
  }
}`;
    expect(JSON.parse(render(template, { body: JSON.stringify(original) }))).toEqual(original);
  });

  test("output mapping template gives the documented transformed data", () => {
    const template = `#set($inputRoot = $input.path('$'))
{
  "photos": [
#foreach($elem in $inputRoot.photos.photo)
    {
      "id": "$elem.id",
      "owner": "$elem.owner",
      "title": "$elem.title",
      "ispublic": $elem.ispublic,
      "isfriend": $elem.isfriend,
      "isfamily": $elem.isfamily
    }#if($foreach.hasNext),#end
\t\t
#end
  ]
}`;
    expect(JSON.parse(render(template, { body: JSON.stringify(original) }))).toEqual({
      photos: [
        { id: "12345678901", owner: "23456789@A12", title: "Sample photo 1", ispublic: 1, isfriend: 0, isfamily: 0 },
        { id: "23456789012", owner: "34567890@B23", title: "Sample photo 2", ispublic: 1, isfriend: 0, isfamily: 0 },
      ],
    });
  });

  test("photo album template joins the photographer's names and keeps booleans", () => {
    const template = `#set($inputRoot = $input.path('$'))
{
  "photos": [
#foreach($elem in $inputRoot.photos.photo)
    {
      "id": "$elem.id",
      "photographedBy": "$elem.photographer_first_name $elem.photographer_last_name",
      "title": "$elem.title",
      "ispublic": $elem.ispublic,
      "isfriend": $elem.isfriend,
      "isfamily": $elem.isfamily
    }#if($foreach.hasNext),#end
#end
  ]
}`;
    const body = JSON.stringify({
      photos: {
        page: 1,
        photo: [
          { id: "12345678901", photographer_first_name: "Saanvi", photographer_last_name: "Sarkar", title: "Sample photo 1", ispublic: true, isfriend: false, isfamily: false },
          { id: "23456789012", photographer_first_name: "Richard", photographer_last_name: "Roe", title: "Sample photo 2", ispublic: true, isfriend: false, isfamily: false },
        ],
      },
    });
    expect(JSON.parse(render(template, { body }))).toEqual({
      photos: [
        { id: "12345678901", photographedBy: "Saanvi Sarkar", title: "Sample photo 1", ispublic: true, isfriend: false, isfamily: false },
        { id: "23456789012", photographedBy: "Richard Roe", title: "Sample photo 2", ispublic: true, isfriend: false, isfamily: false },
      ],
    });
  });
});

describe("override tutorials", () => {
  test("response status override sets 400 when the body reports an error", () => {
    const template = `#set($inputRoot = $input.path('$'))
$input.json("$")
#if($inputRoot.toString().contains("error"))
#set($context.responseOverride.status = 400)
#end`;
    const body = '{"errors": [{"key": "GetPetRequest.petId", "message": "The value is out of range."}]}';
    const result = renderWith(template, { body });
    expect(result.responseOverrides.status).toBe(400);
    expect(JSON.parse(result.body)).toEqual(JSON.parse(body));
    expect(renderWith(template, { body: '{"id": 1}' }).responseOverrides.status).toBeUndefined();
  });

  test("request header override combines two headers and replaces another", () => {
    const template = `#set($header1Override = "foo")
#set($header3Value = "$input.params('header1')$input.params('header2')")
$input.json("$")
#set($context.requestOverride.header.header3 = $header3Value)
#set($context.requestOverride.header.header1 = $header1Override)`;
    const result = renderWith(template, {
      body: '{"a": 1}',
      params: { ...params, header: { header1: "header1Val", header2: "header2Val" } },
    });
    expect(result.requestOverrides.header).toEqual({ header3: "header1Valheader2Val", header1: "foo" });
    expect(result.body.trim()).toBe('{"a":1}');
  });
});

describe("Method Request passthrough template", () => {
  const template = `##  See http://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
##  This template will pass through all parameters including path, querystring, header, stage variables, and context through to the integration endpoint via the body/payload
#set($allParams = $input.params())
{
"body-json" : $input.json('$'),
"params" : {
#foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
"$type" : {
    #foreach($paramName in $params.keySet())
    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
        #if($foreach.hasNext),#end
    #end
}
    #if($foreach.hasNext),#end
#end
},
"stage-variables" : {
#foreach($key in $stageVariables.keySet())
"$key" : "$util.escapeJavaScript($stageVariables.get($key))"
    #if($foreach.hasNext),#end
#end
},
"context" : {
    "account-id" : "$context.identity.accountId",
    "api-id" : "$context.apiId",
    "api-key" : "$context.identity.apiKey",
    "authorizer-principal-id" : "$context.authorizer.principalId",
    "caller" : "$context.identity.caller",
    "cognito-authentication-provider" : "$context.identity.cognitoAuthenticationProvider",
    "cognito-authentication-type" : "$context.identity.cognitoAuthenticationType",
    "cognito-identity-id" : "$context.identity.cognitoIdentityId",
    "cognito-identity-pool-id" : "$context.identity.cognitoIdentityPoolId",
    "http-method" : "$context.httpMethod",
    "stage" : "$context.stage",
    "source-ip" : "$context.identity.sourceIp",
    "user" : "$context.identity.user",
    "user-agent" : "$context.identity.userAgent",
    "user-arn" : "$context.identity.userArn",
    "request-id" : "$context.requestId",
    "resource-id" : "$context.resourceId",
    "resource-path" : "$context.resourcePath"
    }
}`;

  test("passes body, parameters, stage variables and context through as JSON", () => {
    const out = render(template, {
      body: '{"order": {"qty": 2}}',
      params: { path: { id: "42" }, querystring: { q: "a\"b" }, header: { "User-Agent": "curl/8" } },
      stageVariables: { env: "dev" },
      context: {
        apiId: "abc123",
        httpMethod: "POST",
        stage: "dev",
        requestId: "req-1",
        resourceId: "r1",
        resourcePath: "/orders/{id}",
        identity: { sourceIp: "127.0.0.1", userAgent: "curl/8" },
      },
    });
    const parsed = JSON.parse(out);
    expect(parsed["body-json"]).toEqual({ order: { qty: 2 } });
    expect(parsed.params).toEqual({ path: { id: "42" }, querystring: { q: 'a"b' }, header: { "User-Agent": "curl/8" } });
    expect(parsed["stage-variables"]).toEqual({ env: "dev" });
    expect(parsed.context).toMatchObject({ "api-id": "abc123", "http-method": "POST", "resource-path": "/orders/{id}", "source-ip": "127.0.0.1" });
    // Values the request does not have render as empty strings, as on AWS.
    expect(parsed.context["api-key"]).toBe("");
    expect(parsed.context["authorizer-principal-id"]).toBe("");
  });
});
