// Reference renderer for cross-checking @apigw-playground/vtl against the Java stack API Gateway is built on:
// Apache Velocity 1.7, Jayway JsonPath (json-smart provider) and Commons Lang 2.6. Development aid only; the
// glue ($input/$util) encodes our reading of AWS's documented behaviour, not AWS's own code.
// Reads a JSON array of cases on stdin, prints a JSON array of {"output"} or {"error"} on stdout.
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.minidev.json.JSONValue;
import org.apache.commons.lang.StringEscapeUtils;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

public class VtlOracle {
  public static class Input {
    private final String body;
    private final Map<String, Map<String, String>> params;
    Input(String body, Map<String, Map<String, String>> params) { this.body = body; this.params = params; }
    public String getBody() { return body.isEmpty() ? "{}" : body; }
    public Object path(String p) {
      try { return JsonPath.read(Configuration.defaultConfiguration().jsonProvider().parse(getBody()), p); }
      catch (PathNotFoundException e) { return null; }
    }
    public String json(String p) { return JSONValue.toJSONString(path(p)); }
    public Map<String, Map<String, String>> params() { return params; }
    public String params(String name) {
      for (String type : new String[] {"path", "querystring", "header"}) {
        String v = params.get(type).get(name);
        if (v != null) return v;
      }
      return "";
    }
  }

  public static class Util {
    public String escapeJavaScript(String s) { return StringEscapeUtils.escapeJavaScript(s); }
    public Object parseJson(String s) { return Configuration.defaultConfiguration().jsonProvider().parse(s); }
    public String urlEncode(String s) throws Exception { return URLEncoder.encode(s, "UTF-8"); }
    public String urlDecode(String s) throws Exception { return URLDecoder.decode(s, "UTF-8"); }
    public String base64Encode(String s) { return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)); }
    public String base64Decode(String s) { return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8); }
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> strings(Object o, boolean caseInsensitive) {
    Map<String, String> m = caseInsensitive ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new LinkedHashMap<>();
    if (o instanceof Map) for (Map.Entry<String, Object> e : ((Map<String, Object>) o).entrySet()) m.put(e.getKey(), String.valueOf(e.getValue()));
    return m;
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    String stdin = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    List<Object> cases = (List<Object>) Configuration.defaultConfiguration().jsonProvider().parse(stdin);
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
    engine.init();
    List<Object> results = new ArrayList<>();
    for (Object c : cases) {
      Map<String, Object> tc = (Map<String, Object>) c;
      Map<String, Object> result = new LinkedHashMap<>();
      try {
        Map<String, Object> p = (Map<String, Object>) tc.getOrDefault("params", new LinkedHashMap<>());
        Map<String, Map<String, String>> params = new LinkedHashMap<>();
        params.put("path", strings(p.get("path"), false));
        params.put("querystring", strings(p.get("querystring"), false));
        params.put("header", strings(p.get("header"), true));
        Map<String, Object> context = new LinkedHashMap<>((Map<String, Object>) tc.getOrDefault("context", new LinkedHashMap<>()));
        Map<String, Object> requestOverride = new LinkedHashMap<>();
        requestOverride.put("header", new LinkedHashMap<>());
        requestOverride.put("path", new LinkedHashMap<>());
        requestOverride.put("querystring", new LinkedHashMap<>());
        Map<String, Object> responseOverride = new LinkedHashMap<>();
        responseOverride.put("header", new LinkedHashMap<>());
        context.put("requestOverride", requestOverride);
        context.put("responseOverride", responseOverride);
        VelocityContext vc = new VelocityContext();
        vc.put("input", new Input((String) tc.getOrDefault("body", ""), params));
        vc.put("util", new Util());
        vc.put("context", context);
        vc.put("stageVariables", strings(tc.get("stageVariables"), false));
        EventCartridge ec = new EventCartridge();
        ec.addEventHandler((ReferenceInsertionEventHandler) (ref, value) -> value == null ? "" : value);
        ec.attachToContext(vc);
        StringWriter out = new StringWriter();
        engine.evaluate(vc, out, "template", (String) tc.get("template"));
        result.put("output", out.toString());
        result.put("requestOverride", JSONValue.toJSONString(requestOverride));
        result.put("responseOverride", JSONValue.toJSONString(responseOverride));
      } catch (Exception e) {
        result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      results.add(result);
    }
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(results));
  }
}
