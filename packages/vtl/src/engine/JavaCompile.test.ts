// Velocity 1.7 / Java behaviour of templates. Expected outputs were checked against Apache Velocity
// 1.7 with Jayway JsonPath and json-smart (scripts/oracle), the stack API Gateway runs.
import { VtlRenderError } from "../errors/VtlRenderError";
import { render } from "../testing";

describe("references", () => {
  test("renders a missing reference as nothing, not as its source text", () => {
    expect(render("[$foo][$foo.bar][$!foo][$context.x.y][${foo}]")).toBe("[][][][][]");
  });

  test("prints an unknown macro call as its text", () => {
    expect(render('{"a": "#abc()", "color": "#fff"}')).toBe('{"a": "#abc()", "color": "#fff"}');
  });

  test("reads map entries with dot, bracket and get()", () => {
    expect(render(`#set($m = {"a": 1, "b-c": 2})$m.a $m['b-c'] $m.get("a")`)).toBe("1 2 1");
  });
});

describe("#set", () => {
  test("keeps the old value when the right-hand side is null", () => {
    expect(render(`#set($x = "old")#set($x = $nothing)$x|#set($m = {})#set($m.k = "v")#set($m.k = $nothing)$m`)).toBe(
      "old|{k=v}",
    );
  });

  test("does not create missing intermediate maps", () => {
    expect(render(`#set($m = {})#set($m.a.b = "x")$m`)).toBe("{}");
  });

  test("swallows the blanks between a reference and a following #set", () => {
    expect(render("#set($x = 1)$x #set($y = 2)$y\t#set($z = 3)|$z")).toBe("12|3");
    expect(render("a $x #set($y = 1)b")).toBe("a b");
  });
});

describe("arithmetic", () => {
  test("divides integers with truncation and doubles exactly", () => {
    expect(render("#set($a = 7 / 2)$a #set($b = -7 / 2)$b #set($c = 7.0 / 2)$c #set($d = 7 % 3)$d")).toBe("3-33.51");
  });

  test("keeps double results printing as doubles", () => {
    expect(render("#set($g = 1.5 * 2)$g|#set($o = 2 * 3.0)$o|#set($i = 0.1 + 0.2)$i")).toBe("3.0|6.0|0.30000000000000004");
  });

  test("widens integer overflow instead of wrapping", () => {
    expect(render("#set($e = 2147483647 + 1)$e|#set($m = 9223372036854775807 + 1)$m")).toBe(
      "2147483648|9223372036854775808",
    );
  });

  test("gives null for division by zero and for non-numbers", () => {
    expect(render(`#set($d = 1 / 0)<$d>#set($m = {})#set($e = $m - 1)<$e>`)).toBe("<><>");
  });

  test("concatenates when either side of + is a string", () => {
    expect(render(`#set($f = "a" + 1)$f`)).toBe("a1");
  });

  test("computes with numbers read from JSON by their Java type", () => {
    const body = '{"n": 5, "f": 1.5, "big": 12345678901234, "e": 1e3, "neg": -0.0}';
    expect(
      render(
        "#set($x = $input.path('$.n') + 1)$x|#set($y = $input.path('$.f') * 2)$y|#set($z = $input.path('$.n') / 2)$z|$input.path('$.big')|$input.path('$.e')|$input.path('$.neg')",
        { body },
      ),
    ).toBe("6|3.0|2|12345678901234|1000.0|-0.0");
  });
});

describe("printing values as Java does", () => {
  test("prints template lists and maps with Java's toString", () => {
    expect(render(`#set($l = [1, "a", true, 2.5])$l|#set($m = {"a": 1, "b": [1,2]})$m|#set($e = [])$e`)).toBe(
      "[1, a, true, 2.5]|{a=1, b=[1, 2]}|[]",
    );
  });

  test("prints JSON lists as JSON and JSON objects as maps", () => {
    const body = '{"l":[{"a":1,"b":"x"},{"a":2}],"o":{"k":[{"z":null}],"m":{"n":true}}}';
    expect(render("$input.path('$.l')|$input.path('$.o')|$input.path('$.l[0]')", { body })).toBe(
      '[{"a":1,"b":"x"},{"a":2}]|{k=[{"z":null}], m={n=true}}|{a=1, b=x}',
    );
  });

  test("prints doubles in Java notation", () => {
    expect(render("#set($a = 1.0)$a #set($c = 12345678.9)$c #set($d = 0.001)$d #set($f = 123456789.0)$f")).toBe(
      "1.01.23456789E70.0011.23456789E8",
    );
    const body = '{"a":1.0,"b":1e2,"c":1.5e-5,"d":12345678.9,"e":123456789012345678901234,"g":0.1}';
    expect(render("$input.path('$')", { body })).toBe(
      "{a=1.0, b=100.0, c=1.5E-5, d=1.23456789E7, e=123456789012345678901234, g=0.1}",
    );
  });

  test("keeps the key order of JSON objects, integer-like keys included", () => {
    expect(render("$input.path('$').keySet()", { body: '{"b": 1, "2": 2, "a": 3, "1": 4}' })).toBe("[b, 2, a, 1]");
  });
});

describe("String methods", () => {
  const s = `#set($s = "Hello World")`;

  test("replaceAll uses Java regex and $n group references", () => {
    expect(render(`${s}$s.replaceAll("o(.)", "0$1")|$s.replaceFirst("l+", "L")|$s.replaceAll("(?i)h", "j")`)).toBe(
      "Hell0 W0rld|HeLo World|jello World",
    );
  });

  test("replace replaces every literal occurrence", () => {
    expect(render(`${s}$s.replace("o", "0")|$s.replace(".", "!")`)).toBe("Hell0 W0rld|Hello World");
  });

  test("matches must match the whole string", () => {
    expect(render(`${s}$s.matches("H.*d")|$s.matches("ello")`)).toBe("true|false");
  });

  test("split drops trailing empty strings and prints as a Java array", () => {
    expect(render(`#set($c = "a,b,,c,,")#foreach($p in $c.split(","))[$p]#end|$c.split(",").size()`)).toBe(
      "[a][b][][c]|4",
    );
    expect(render(`${s}$s.split(" ")`)).toMatch(/^\[Ljava\.lang\.String;@[0-9a-f]+$/);
  });

  test("has Java's length, substring, indexOf, charAt, case and comparison methods", () => {
    expect(
      render(
        `${s}$s.length()|$s.substring(6)|$s.substring(0,5)|$s.indexOf("o")|$s.lastIndexOf("o")|$s.charAt(1)|$s.contains("World")|$s.isEmpty()|$s.toUpperCase()|$s.equalsIgnoreCase("hello world")|$s.startsWith("He")|$s.endsWith("d")|$s.concat("!")|$s.hashCode()`,
      ),
    ).toBe("11|World|Hello|4|7|e|true|false|HELLO WORLD|true|true|true|Hello World!|-862545276");
  });

  test("trim strips control characters as Java does", () => {
    expect(render(`#set($t = "  x  ")[$t.trim()]`)).toBe("[x]");
  });

  test("substring out of range fails the render", () => {
    expect(() => render(`#set($t = "abc")$t.substring(5)`)).toThrow(VtlRenderError);
  });

  test("has no length property, only the method", () => {
    expect(render(`#set($t = "abc")[$t.length]`)).toBe("[]");
  });
});

describe("List and Map methods", () => {
  test("List methods behave like java.util.List", () => {
    expect(
      render(
        `#set($l = [3, 1, 2])$l.add(4)|$l|$l.get(0)|$l[1]|$l.contains(2)|$l.indexOf(2)|$l.isEmpty()|$l.remove(0)|$l|$l.size()|$l.empty`,
      ),
    ).toBe("true|[3, 1, 2, 4]|3|1|true|2|false|3|[1, 2, 4]|3|false");
  });

  test("Map methods behave like java.util.Map", () => {
    expect(
      render(
        `#set($m = {"a": 1, "b": "x"})$m.keySet()|$m.values()|$m.entrySet()|$m.containsKey("a")|$m.get("b")|$m.put("c", 3)|$m.put("a", 9)|$m|$m.remove("b")|$m.isEmpty()|#foreach($e in $m.entrySet())$e.key=$e.value,#end|$m.size()`,
      ),
    ).toBe("[a, b]|[1, x]|[a=1, b=x]|true|x||1|{a=9, b=x, c=3}|x|false|a=9,c=3,|2");
  });

  test("a JSON list accepts add() and keeps printing as JSON", () => {
    expect(render(`#set($l = $input.path('$.l'))$l.add("n")|$l`, { body: '{"l": [1]}' })).toBe('true|[1,"n"]');
  });
});

describe("#foreach", () => {
  test("exposes $foreach.index, count, hasNext, first, last and $velocityCount", () => {
    expect(
      render(
        "#foreach($i in [1,2,3])$i:$foreach.index:$foreach.count:$foreach.hasNext:$foreach.first:$foreach.last:$velocityCount #end|$i",
      ),
    ).toBe("1:0:1:true:true:false:1 2:1:2:true:false:false:2 3:2:3:false:false:true:3 |");
  });

  test("iterates the values of a map", () => {
    expect(render(`#set($m = {"a": 1, "b": 2})#foreach($v in $m)$v#end`)).toBe("12");
  });

  test("#break leaves the loop at once", () => {
    expect(render("#foreach($i in [1..5])#if($i == 3)#break#end$i#end")).toBe("12");
  });

  test("nested loops see the outer loop as $foreach.parent", () => {
    expect(render("#foreach($a in [1,2])#foreach($b in [1])$foreach.parent.index#end#end")).toBe("01");
  });
});

describe("#if", () => {
  test("only null and false are false for references", () => {
    expect(
      render(
        `#set($e = "")#if($e)E#end#set($z = 0)#if($z)Z#end#set($l = [])#if($l)L#end#set($f = false)#if($f)F#end#if(!$nothing)N#end`,
      ),
    ).toBe("EZLN");
  });

  test("literal conditions are false, as Velocity 1.7 evaluates them", () => {
    expect(render(`#if("text")S#end#if(0)Z#end#if(true)T#end`)).toBe("T");
  });

  test("== compares numbers by value and other kinds by toString()", () => {
    expect(
      render(
        `#if(1 == 1.0)a#end#if("1" == 1)b#end#if(true == "true")c#end#if($nothing == "")d#end#if($nothing == $none)e#end#set($p = [1])#set($q = [1])#if($p == $q)f#end`,
      ),
    ).toBe("abcef");
  });

  test("ordering operators compare numbers only", () => {
    expect(render(`#if(2 > 1.5)a#end#if("b" > "a")b#end#if($nothing < 1)c#end`)).toBe("a");
  });
});
