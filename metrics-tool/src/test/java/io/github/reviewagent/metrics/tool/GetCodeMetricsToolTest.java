package io.github.reviewagent.metrics.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.diff.FileDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetCodeMetricsToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;
  @TempDir Path outside;

  private final Map<String, String> base = new HashMap<>();
  private GetCodeMetricsTool tool;

  @BeforeEach
  void setUp() {
    tool = new GetCodeMetricsTool(root, path -> Optional.ofNullable(base.get(path)), 21);
  }

  private JsonNode call(String arguments) throws IOException {
    String answer = tool.call(arguments);
    return JSON.readTree(answer);
  }

  private JsonNode call(Map<String, ?> arguments) throws IOException {
    return call(JSON.writeValueAsString(arguments));
  }

  private String error(String arguments) throws IOException {
    JsonNode answer = call(arguments);
    assertThat(answer.size()).as("an error answer has only the error: %s", answer).isEqualTo(1);
    return answer.get("error").textValue();
  }

  private String error(Map<String, ?> arguments) throws IOException {
    return error(JSON.writeValueAsString(arguments));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  // ---- the definition the model sees

  @Test
  void describesItselfWithASchemaOfThreeStringArguments() {
    assertThat(GetCodeMetricsTool.NAME).isEqualTo("get_code_metrics");
    assertThat(tool.description()).contains("code", "path", "method", "cyclomatic", "cognitive", "100000");
    ObjectNode schema = tool.parameters();
    assertThat(schema.get("type").textValue()).isEqualTo("object");
    assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
    assertThat(schema.get("properties").properties()).extracting(Map.Entry::getKey).containsExactly("code", "path", "method");
    schema.get("properties").forEach(p -> {
      assertThat(p.get("type").textValue()).isEqualTo("string");
      assertThat(p.get("description").textValue()).isNotBlank();
    });
    assertThat(schema.has("required")).as("code and path are alternatives").isFalse();
  }

  // ---- bad arguments: always an error object that says what to do

  @Test
  void invalidJsonIsAnError() throws IOException {
    assertThat(error("{\"code\": ")).startsWith("arguments are not valid JSON").contains("{\"path\":");
    assertThat(error("not json")).startsWith("arguments are not valid JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "[]", "\"code\"", "42", "null"})
  void argumentsThatAreNoObjectAreAnError(String arguments) throws IOException {
    assertThat(error(arguments)).containsAnyOf("arguments are empty", "arguments must be a JSON object");
  }

  @Test
  void wrongTypesAreNamed() throws IOException {
    assertThat(error("{\"code\": 5}")).isEqualTo("code must be a string, not number");
    assertThat(error("{\"path\": [\"A.java\"]}")).isEqualTo("path must be a string, not array");
    assertThat(error("{\"code\": \"void f() {}\", \"method\": {}}")).isEqualTo("method must be a string, not object");
  }

  @Test
  void unknownFieldsAreNamed() throws IOException {
    assertThat(error("{\"code\": \"void f() {}\", \"file\": \"x\", \"lang\": \"java\"}"))
        .isEqualTo("unknown argument file, lang: use only code, path and method");
  }

  @Test
  void exactlyOneOfCodeAndPath() throws IOException {
    assertThat(error(Map.of("code", "void f() {}", "path", "A.java"))).isEqualTo("give either code or path, not both");
    assertThat(error("{}")).startsWith("give code (Java source text) or path");
    assertThat(error(Map.of("method", "f"))).startsWith("give code (Java source text) or path");
  }

  @Test
  void nullCountsAsAbsentForStrictModeClients() throws IOException {
    JsonNode answer = call("{\"code\": \"void f() {}\", \"path\": null, \"method\": null}");
    assertThat(answer.has("error")).isFalse();
    assertThat(answer.get("types").get(0).get("methods").get(0).get("method").textValue()).isEqualTo("f()");
  }

  @Test
  void emptyValuesAreErrors() throws IOException {
    assertThat(error(Map.of("code", "  \n"))).startsWith("code is empty");
    assertThat(error(Map.of("path", ""))).startsWith("path is empty");
    assertThat(error(Map.of("code", "void f() {}", "method", " "))).startsWith("method is empty");
  }

  @Test
  void codeIsCappedAndTheCapIsSaid() throws IOException {
    String big = "class A {\n" + "  int x;\n".repeat(20_000) + "}\n";
    assertThat(error(Map.of("code", big))).contains("over the cap of 100000").contains("characters");
  }

  @Test
  void unparsableCodeSaysWhere() throws IOException {
    String message = error(Map.of("code", "void f() {\n  int x = ;\n}"));
    assertThat(message).startsWith("code does not parse at line 2, column 11").contains("Found \";\"");
    assertThat(message.length()).as("the parser's list of expected tokens is cut").isLessThan(260);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd.java", "~/A.java", "C:/x/A.java"})
  void absolutePathsAreRefused(String path) throws IOException {
    assertThat(error(Map.of("path", path))).contains("is absolute: give it relative to the project root");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../A.java", "src/../../A.java", "src/..", "a/../A.java"})
  void dotDotIsRefused(String path) throws IOException {
    assertThat(error(Map.of("path", path))).contains("contains ..");
  }

  @Test
  void backslashesAreRefused() throws IOException {
    assertThat(error(Map.of("path", "src\\A.java"))).contains("use / as the separator");
  }

  @Test
  void onlyJavaFiles() throws IOException {
    write("pom.xml", "<project/>");
    assertThat(error(Map.of("path", "pom.xml"))).isEqualTo("path \"pom.xml\" is not a .java file: only Java sources are measured");
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    assertThat(error(Map.of("path", "./src/Missing.java")))
        .isEqualTo("no file \"src/Missing.java\" in the project: check the path, relative to the project root");
  }

  @Test
  void aMissingFileNamesFilesWithTheSameName() throws IOException {
    write("core/src/main/java/a/Parser.java", "class Parser {}");
    write("cli/src/main/java/b/Parser.java", "class Parser {}");
    write("core/target/classes/Parser.java", "class Parser {}");
    write(".git/Parser.java", "class Parser {}");
    assertThat(error(Map.of("path", "src/main/java/Parser.java")))
        .isEqualTo("no file \"src/main/java/Parser.java\" in the project; files with that name: "
            + "cli/src/main/java/b/Parser.java, core/src/main/java/a/Parser.java");
  }

  @Test
  void aDirectoryIsNotAFile() throws IOException {
    Files.createDirectories(root.resolve("odd.java"));
    assertThat(error(Map.of("path", "odd.java"))).contains("is not a regular file");
  }

  @Test
  void aSymlinkPointingOutsideIsRefused() throws IOException {
    Path secret = Files.writeString(outside.resolve("Secret.java"), "class Secret { void f() {} }");
    Files.createDirectories(root.resolve("src"));
    Files.createSymbolicLink(root.resolve("src/Link.java"), secret);
    Files.createSymbolicLink(root.resolve("linked"), outside);

    assertThat(error(Map.of("path", "src/Link.java"))).contains("leads outside the project through a symbolic link");
    assertThat(error(Map.of("path", "linked/Secret.java"))).contains("leads outside the project through a symbolic link");
  }

  @Test
  void aSymlinkInsideTheProjectIsFollowed() throws IOException {
    Path real = write("src/Real.java", "class Real { void f() {} }");
    Files.createSymbolicLink(root.resolve("src/Alias.java"), real);
    assertThat(call(Map.of("path", "src/Alias.java")).get("types").get(0).get("type").textValue()).isEqualTo("Real");
  }

  @Test
  void aProjectRootReachedThroughASymlinkStillWorks() throws IOException {
    write("src/Real.java", "class Real { void f() {} }");
    Path alias = Files.createSymbolicLink(outside.resolve("alias"), root);
    GetCodeMetricsTool viaAlias = new GetCodeMetricsTool(alias, path -> Optional.empty(), 21);
    JsonNode answer = JSON.readTree(viaAlias.call("{\"path\": \"src/Real.java\"}"));
    assertThat(answer.get("path").textValue()).isEqualTo("src/Real.java");
    assertThat(answer.has("error")).isFalse();
  }

  @Test
  void aFileTheCallerRefusesIsNotReadNorSuggestedAlsoThroughALink() throws IOException {
    write("src/gen/Secret.java", "class Secret { void hidden() {} }");
    write("src/Open.java", "class Open { void f() {} }");
    Files.createSymbolicLink(root.resolve("src/Alias.java"), root.resolve("src/gen/Secret.java"));
    GetCodeMetricsTool guarded = new GetCodeMetricsTool(root, path -> Optional.empty(), 21, path -> Optional.empty(),
        path -> path.startsWith("src/gen/") ? Optional.of(path + " is excluded from review") : Optional.empty());

    JsonNode direct = JSON.readTree(guarded.call("{\"path\": \"src/gen/Secret.java\"}"));
    JsonNode linked = JSON.readTree(guarded.call("{\"path\": \"src/Alias.java\"}"));
    JsonNode guessed = JSON.readTree(guarded.call("{\"path\": \"Secret.java\"}"));
    JsonNode open = JSON.readTree(guarded.call("{\"path\": \"src/Open.java\"}"));

    assertThat(direct.get("error").textValue()).isEqualTo("src/gen/Secret.java is excluded from review");
    assertThat(linked.get("error").textValue()).isEqualTo("src/gen/Secret.java is excluded from review");
    assertThat(guessed.get("error").textValue()).doesNotContain("src/gen");
    assertThat(direct.toString() + linked + guessed).doesNotContain("hidden");
    assertThat(open.has("error")).isFalse();
  }

  @Test
  void filesAreCappedAndTheCapIsSaid() throws IOException {
    write("Big.java", "class Big {\n" + "  int x;\n".repeat(130_000) + "}\n");
    assertThat(error(Map.of("path", "Big.java"))).contains("over the cap of 1000000 bytes");
  }

  @Test
  void anUnparsableFileSaysWhere() throws IOException {
    write("src/Broken.java", "class Broken {\n  void f( {\n}\n");
    assertThat(error(Map.of("path", "src/Broken.java"))).startsWith("src/Broken.java does not parse (line 2, column 11:");
  }

  @Test
  void anUnknownMethodListsTheKnownOnes() throws IOException {
    assertThat(error(Map.of("code", "void f(int a) {}\nvoid g() {}", "method", "h")))
        .isEqualTo("no method h in the code; its methods are: f(int), g()");
    assertThat(error(Map.of("code", "class A { int x; }", "method", "h"))).isEqualTo("no method h in the code: it declares no methods");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"code\": \"class\"}", "{\"code\": \"}}}}\"}", "{\"code\": \"\\u0000\"}",
      "{\"path\": \"\\u0000.java\"}", "{\"code\": \"((((((((((((((((((((\"}", "{\"path\": \"a//b/../../../c.java\"}"})
  void garbageNeverThrows(String arguments) throws IOException {
    JsonNode answer = call(arguments);
    assertThat(answer.has("error")).as("%s", answer).isTrue();
  }

  // ---- snippets: wrapped when needed, lines mapped back to the snippet's own

  @Test
  void aBareMethodIsWrappedAndKeepsItsLines() throws IOException {
    JsonNode answer = call(Map.of("code", "\n@Deprecated\nint f(int x) {\n  if (x > 0) {\n    return x;\n  }\n  return -x;\n}\n"));
    assertThat(answer.get("note").textValue()).contains("class Snippet");
    JsonNode type = answer.get("types").get(0);
    assertThat(type.get("type").textValue()).isEqualTo("Snippet");
    JsonNode f = type.get("methods").get(0);
    assertThat(f.get("method").textValue()).isEqualTo("f(int)");
    assertThat(f.get("line").intValue()).isEqualTo(2);
    assertThat(f.get("endLine").intValue()).isEqualTo(8);
    JsonNode metrics = f.get("metrics");
    assertThat(metrics.get("loc").intValue()).isEqualTo(7);
    assertThat(metrics.get("parameters").intValue()).isEqualTo(1);
    // by hand: one if; cognitive +1 for it; npath 1 + 1; ncss declaration, if, two returns; nesting 1
    assertThat(metrics.get("cyclomatic").intValue()).isEqualTo(2);
    assertThat(metrics.get("cognitive").intValue()).isEqualTo(1);
    assertThat(metrics.get("npath").longValue()).isEqualTo(2);
    assertThat(metrics.get("ncss").intValue()).isEqualTo(4);
    assertThat(metrics.get("maxNesting").intValue()).isEqualTo(1);
  }

  @Test
  void anInterfacesDefaultMethodIsWrappedInAnInterface() throws IOException {
    // `default` is no modifier of a class's method, so the class wrapper refused it: "Found (".
    JsonNode answer = call(Map.of("code", "@Override\ndefault int size() {\n  return empty() ? 0 : 1;\n}\n"));
    assertThat(answer.get("note").textValue()).contains("interface Snippet");
    JsonNode size = answer.get("types").get(0).get("methods").get(0);
    assertThat(size.get("method").textValue()).isEqualTo("size()");
    assertThat(size.get("line").intValue()).isEqualTo(1);
    assertThat(size.get("endLine").intValue()).isEqualTo(4);
    assertThat(size.get("metrics").get("cyclomatic").intValue()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"static {\n  load();\n}", "class A {\n  int x;\n}", "// TODO"})
  void codeWithoutMethodsSaysSoInsteadOfAnsweringNothing(String code) throws IOException {
    JsonNode answer = call(Map.of("code", code));
    assertThat(answer.get("types")).isEmpty();
    assertThat(answer.get("note").textValue()).contains("no method or constructor");
  }

  @Test
  void severalMembersAreWrappedTogether() throws IOException {
    JsonNode answer = call(Map.of("code", "private int count;\n\nvoid a() {}\n\nString b(String s,\n    int n) {\n  return s;\n}\n"));
    JsonNode methods = answer.get("types").get(0).get("methods");
    assertThat(methods).hasSize(2);
    assertThat(methods.get(0).get("line").intValue()).isEqualTo(3);
    assertThat(methods.get(1).get("method").textValue()).isEqualTo("b(String,int)");
    assertThat(methods.get(1).get("line").intValue()).isEqualTo(5);
    assertThat(methods.get(1).get("endLine").intValue()).isEqualTo(8);
  }

  @Test
  void bareStatementsAreWrappedInAMethod() throws IOException {
    JsonNode answer = call(Map.of("code", "int x = 1;\nwhile (x < 10) {\n  x++;\n}\n"));
    assertThat(answer.get("note").textValue()).contains("void snippet()");
    JsonNode method = answer.get("types").get(0).get("methods").get(0);
    assertThat(method.get("method").textValue()).isEqualTo("snippet()");
    assertThat(method.get("line").intValue()).isEqualTo(1);
    assertThat(method.get("endLine").intValue()).isEqualTo(4);
    assertThat(method.get("metrics").get("loc").intValue()).isEqualTo(4);
    assertThat(method.get("metrics").get("cyclomatic").intValue()).isEqualTo(2);
  }

  @Test
  void aLoneExpressionIsMeasuredAsOneReturnedValue() throws IOException {
    // Not a statement (`a > b ? a : b;` is no Java statement either), so it failed with "Found >".
    JsonNode answer = call(Map.of("code", "values.isEmpty()\n    ? fallback\n    : values.get(0) > 0 && strict ? 1 : 2"));
    assertThat(answer.get("note").textValue()).contains("expression");
    JsonNode method = answer.get("types").get(0).get("methods").get(0);
    assertThat(method.get("line").intValue()).isEqualTo(1);
    assertThat(method.get("endLine").intValue()).isEqualTo(3);
    // by hand: two ?: and one && in a ?: condition
    assertThat(method.get("metrics").get("cyclomatic").intValue()).isEqualTo(4);
  }

  @Test
  void aLambdaIsMeasuredAsAnExpression() throws IOException {
    JsonNode answer = call(Map.of("code", "(String s) -> {\n  if (s.isEmpty()) {\n    return 0;\n  }\n  return s.length();\n}"));
    assertThat(answer.get("note").textValue()).contains("expression");
    JsonNode metrics = answer.get("types").get(0).get("methods").get(0).get("metrics");
    // Sonar counts a lambda's body in the enclosing method, one level deeper: the if adds 1 + 1.
    assertThat(metrics.get("cognitive").intValue()).isEqualTo(2);
  }

  @Test
  void aBrokenExpressionSaysWhereInTheCodesOwnLines() throws IOException {
    assertThat(error(Map.of("code", "x -> {\n  if (x > 0) {\n    return 1;\n  }\n  return 0 +;\n}")))
        .startsWith("code does not parse at line 5, column 13");
  }

  @Test
  void aLoneDeclarationIsReadAsAStatement() throws IOException {
    JsonNode answer = call(Map.of("code", "int x = compute(1, 2);"));
    assertThat(answer.get("types").get(0).get("methods").get(0).get("method").textValue()).isEqualTo("snippet()");
  }

  @Test
  void methodsAfterImportsAreMeasuredUnderTheSnippetName() throws IOException {
    // Imports cannot be wrapped in a class: this reads only as a compact source file, whose implicit class
    // JavaParser calls $COMPACT_CLASS; that internal name reached the model.
    JsonNode answer = call(Map.of("code", "import java.util.List;\n\nint count(List<String> l) {\n  return l.size();\n}\n"));
    JsonNode type = answer.get("types").get(0);
    assertThat(type.get("type").textValue()).isEqualTo("Snippet");
    assertThat(type.get("methods").get(0).get("method").textValue()).isEqualTo("count(List)");
    assertThat(type.get("methods").get(0).get("line").intValue()).isEqualTo(3);
  }

  @Test
  void aCompilationUnitIsTakenAsIs() throws IOException {
    JsonNode answer = call(Map.of("code", "package a;\n\nimport java.util.List;\n\nclass B {\n  class C {\n    C() {}\n  }\n}\n"));
    assertThat(answer.has("note")).isFalse();
    JsonNode type = answer.get("types").get(0);
    assertThat(type.get("type").textValue()).isEqualTo("B.C");
    assertThat(type.get("kind").textValue()).isEqualTo("class");
    assertThat(type.get("line").intValue()).isEqualTo(6);
    assertThat(type.get("methods").get(0).get("method").textValue()).isEqualTo("C()");
    assertThat(type.get("methods").get(0).get("line").intValue()).isEqualTo(7);
    assertThat(answer.get("types")).as("types without methods are left out").hasSize(1);
  }

  @Test
  void theAnswerHasNoNulls() throws IOException {
    String answer = tool.call(JSON.writeValueAsString(Map.of("code", "void f() {}")));
    assertThat(answer).doesNotContain("null");
  }

  @Test
  void methodNarrowsByNameOrSignature() throws IOException {
    String code = "void f(int a) {}\nvoid f(String s) {}\nvoid g() {}\n";
    JsonNode byName = call(Map.of("code", code, "method", "f")).get("types").get(0).get("methods");
    assertThat(byName).extracting(m -> m.get("method").textValue()).containsExactly("f(int)", "f(String)");
    JsonNode bySignature = call(Map.of("code", code, "method", "f(String)")).get("types").get(0).get("methods");
    assertThat(bySignature).extracting(m -> m.get("method").textValue()).containsExactly("f(String)");
  }

  private static final String OVERLOADS = "void f(String s, int n) {}\nvoid f(String s) {}\nvoid f(String s, int... n) {}\n";

  @ParameterizedTest
  @ValueSource(strings = {"f(String, int)", " f( String , int ) ", "f(java.lang.String,int)", "f(final String s, int n)",
      "public void f(String s, int n)", "Snippet . f(String,int)"})
  void aSignatureMatchesAsTheModelWouldWriteIt(String method) throws IOException {
    JsonNode methods = call(Map.of("code", OVERLOADS, "method", method)).get("types").get(0).get("methods");
    assertThat(methods).extracting(m -> m.get("method").textValue()).containsExactly("f(String,int)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"f(String,int[])", "f(String, int...)", "f(String, int ...)", "f(String s, int... n)"})
  void varargsMatchAsArrays(String method) throws IOException {
    JsonNode methods = call(Map.of("code", OVERLOADS, "method", method)).get("types").get(0).get("methods");
    assertThat(methods).extracting(m -> m.get("method").textValue()).containsExactly("f(String,int[])");
  }

  @Test
  void aSignatureMatchesWhateverTheCodeWroteForTypeArgumentsAndPackages() throws IOException {
    String code = "void f(java.util.Map<String, Integer> m, Map.Entry<String, Integer>[] e) {}\nvoid f() {}\n";
    JsonNode methods = call(Map.of("code", code, "method", "f(Map<String,Integer>, java.util.Map.Entry[])"))
        .get("types").get(0).get("methods");
    assertThat(methods).extracting(m -> m.get("method").textValue()).containsExactly("f(java.util.Map,Map.Entry[])");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Inner.parse", "Inner#parse", "Outer.Inner.parse", "a.Outer.Inner#parse()", "Inner::parse"})
  void aMethodMayBeQualifiedWithItsType(String method) throws IOException {
    write("src/a/Outer.java", """
        package a;
        class Outer {
          void parse() {}
          static class Inner {
            void parse() {}
          }
        }
        """);
    JsonNode types = call(Map.of("path", "src/a/Outer.java", "method", method)).get("types");
    assertThat(types).extracting(t -> t.get("type").textValue()).containsExactly("Outer.Inner");
    assertThat(types.get(0).get("methods")).extracting(m -> m.get("line").intValue()).containsExactly(5);
  }

  @Test
  void aTypeQualifierAlsoNarrowsTheChangedMethods() throws IOException {
    write("src/A.java", HEAD);
    base.put("src/A.java", BASE);
    assertThat(call(Map.of("path", "src/A.java", "method", "A.grown")).get("methods"))
        .extracting(m -> m.get("method").textValue() + " " + m.get("change").textValue())
        .containsExactly("grown(int) modified");
    assertThat(error(Map.of("path", "src/A.java", "method", "B.grown"))).startsWith("no method B.grown in src/A.java");
  }

  // ---- paths, and the diff-aware answer

  private static final String BASE = """
      class A {
        int kept(int a) {
          return a;
        }

        int grown(int a) {
          return a;
        }

        void gone() {}
      }
      """;

  private static final String HEAD = """
      class A {
        int kept(int a) {
          return a; // unchanged code
        }

        int grown(int a) {
          if (a > 0) {
            return a;
          }
          return -a;
        }

        void born() {}
      }
      """;

  @Test
  void aPathWithoutBaseGivesTheCurrentMetrics() throws IOException {
    write("src/main/java/A.java", HEAD);
    JsonNode answer = call(Map.of("path", "src/main/java/A.java"));
    assertThat(answer.get("path").textValue()).isEqualTo("src/main/java/A.java");
    assertThat(answer.get("types").get(0).get("methods")).extracting(m -> m.get("method").textValue())
        .containsExactly("kept(int)", "grown(int)", "born()");
    assertThat(answer.get("types").get(0).get("methods").get(1).get("line").intValue()).isEqualTo(6);
  }

  @Test
  void aChangedFileGivesEachChangedMethodBeforeAndAfter() throws IOException {
    write("src/A.java", HEAD);
    base.put("src/A.java", BASE);

    JsonNode answer = call(Map.of("path", "src/A.java"));

    assertThat(answer.get("path").textValue()).isEqualTo("src/A.java");
    assertThat(answer.get("unchanged").intValue()).isEqualTo(1);
    List<JsonNode> methods = List.copyOf(toList(answer.get("methods")));
    assertThat(methods).extracting(m -> m.get("method").textValue() + " " + m.get("change").textValue())
        .containsExactly("grown(int) modified", "born() added", "gone() removed");

    JsonNode grown = methods.get(0);
    assertThat(grown.get("type").textValue()).isEqualTo("A");
    assertThat(grown.get("line").intValue()).isEqualTo(6);
    assertThat(grown.get("endLine").intValue()).isEqualTo(11);
    assertThat(grown.get("metrics").get("cyclomatic").intValue()).isEqualTo(2);
    assertThat(grown.get("base").get("cyclomatic").intValue()).isEqualTo(1);
    assertThat(grown.get("base").get("loc").intValue()).isEqualTo(3);
    // only what moved: cyclomatic +1, cognitive +1, npath +1, ncss +2, loc +3, nesting +1
    assertThat(fields(grown.get("delta"))).containsExactly("cyclomatic", "cognitive", "npath", "ncss", "loc", "maxNesting");
    assertThat(grown.get("delta").get("loc").intValue()).isEqualTo(3);
    assertThat(grown.get("delta").get("ncss").intValue()).isEqualTo(2);

    JsonNode born = methods.get(1);
    assertThat(fields(born)).containsExactly("type", "method", "change", "line", "endLine", "metrics");
    JsonNode gone = methods.get(2);
    assertThat(fields(gone)).containsExactly("type", "method", "change", "baseLine", "base");
    assertThat(gone.get("baseLine").intValue()).isEqualTo(10);
  }

  @Test
  void narrowingAChangedFileAlsoShowsAnUnchangedMethod() throws IOException {
    write("src/A.java", HEAD);
    base.put("src/A.java", BASE);
    JsonNode answer = call(Map.of("path", "src/A.java", "method", "kept"));
    assertThat(answer.has("unchanged")).isFalse();
    assertThat(answer.get("methods")).hasSize(1);
    JsonNode kept = answer.get("methods").get(0);
    assertThat(kept.get("change").textValue()).isEqualTo("unchanged");
    assertThat(kept.has("metrics")).isTrue();
    assertThat(kept.has("base")).isFalse();

    JsonNode gone = call(Map.of("path", "src/A.java", "method", "gone")).get("methods");
    assertThat(gone).extracting(m -> m.get("change").textValue()).containsExactly("removed");
  }

  @Test
  void aFileWithNoChangedMethodGivesItsMetricsAndSaysSo() throws IOException {
    write("src/A.java", HEAD);
    base.put("src/A.java", HEAD.replace("// unchanged code", "// a new comment"));
    JsonNode answer = call(Map.of("path", "src/A.java"));
    assertThat(answer.get("note").textValue()).isEqualTo("no method changed since the base commit");
    assertThat(answer.get("types").get(0).get("methods")).hasSize(3);
  }

  @Test
  void anUnparsableBaseFallsBackToTheCurrentMetrics() throws IOException {
    write("src/A.java", HEAD);
    base.put("src/A.java", "class A {\n  void f( {\n}");
    JsonNode answer = call(Map.of("path", "src/A.java"));
    assertThat(answer.get("note").textValue()).startsWith("the base version does not parse (line 2, column 11:");
    assertThat(answer.get("types").get(0).get("methods")).hasSize(3);
  }

  @Test
  void theBaseIsLookedUpByTheNormalisedProjectPath() throws IOException {
    write("src/A.java", HEAD);
    base.put("src/A.java", BASE);
    assertThat(call(Map.of("path", "./src//A.java")).get("unchanged").intValue()).isEqualTo(1);
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A measurement parsing {@code text} could not give: the tool answering with it proves it did not parse again. */
  private static FileReport measurementOfAnotherText() {
    return new MetricsAnalyzer().analyze("src/A.java", "class A {\n  int other(int a) {\n    return a;\n  }\n}\n");
  }

  @Test
  void aFileMeasuredBeforeIsAnsweredFromThatMeasurementWhileItsTextAndReleaseAreTheSame() throws IOException {
    String text = "class A {\n  int f(int a) {\n    return a;\n  }\n}\n";
    write("src/A.java", text);
    Map<String, MeasuredFile> measured = Map.of("src/A.java", MeasuredFile.of(21, text, measurementOfAnotherText()));
    GetCodeMetricsTool known = new GetCodeMetricsTool(root, path -> Optional.empty(), 21, path -> Optional.ofNullable(measured.get(path)), path -> Optional.empty());
    GetCodeMetricsTool otherRelease =
        new GetCodeMetricsTool(root, path -> Optional.empty(), 17, path -> Optional.ofNullable(measured.get(path)), path -> Optional.empty());

    assertThat(JSON.readTree(known.call("{\"path\": \"src/A.java\"}")).at("/types/0/methods/0/method").textValue())
        .isEqualTo("other(int)");
    assertThat(JSON.readTree(otherRelease.call("{\"path\": \"src/A.java\"}")).at("/types/0/methods/0/method").textValue())
        .isEqualTo("f(int)");
    write("src/A.java", text + "// edited since it was measured\n");
    assertThat(JSON.readTree(known.call("{\"path\": \"src/A.java\"}")).at("/types/0/methods/0/method").textValue())
        .isEqualTo("f(int)");
  }

  @Test
  void filesAreReadInTheSourcesEncodingSoTheirNamesSurviveAndTheirMeasurementApplies() throws IOException {
    String text = "class Latin {\n  // Maß für Maß\n  int größe(int a) {\n    return a;\n  }\n}\n";
    Files.createDirectories(root.resolve("src"));
    Files.write(root.resolve("src/Latin.java"), text.getBytes(StandardCharsets.ISO_8859_1));
    Map<String, MeasuredFile> measured = Map.of("src/Latin.java", MeasuredFile.of(21, text, measurementOfAnotherText()));
    GetCodeMetricsTool latin1 =
        new GetCodeMetricsTool(root, path -> Optional.empty(), 21, path -> Optional.empty(), path -> Optional.empty(), StandardCharsets.ISO_8859_1);
    GetCodeMetricsTool known =
        new GetCodeMetricsTool(
            root, path -> Optional.empty(), 21, path -> Optional.ofNullable(measured.get(path)), path -> Optional.empty(), StandardCharsets.ISO_8859_1);

    assertThat(JSON.readTree(latin1.call("{\"path\": \"src/Latin.java\"}")).at("/types/0/methods/0/method").textValue())
        .isEqualTo("größe(int)");
    assertThat(JSON.readTree(known.call("{\"path\": \"src/Latin.java\"}")).at("/types/0/methods/0/method").textValue())
        .isEqualTo("other(int)");
  }

  @Test
  void aComparisonMadeBeforeIsAnsweredFromOnlyForTheSameBaseText() throws IOException {
    String baseText = "class A {\n  int f(int a) {\n    return a;\n  }\n}\n";
    String text = baseText.replace("return a;", "return a > 0 ? a : -a;");
    write("src/A.java", text);
    FileReport lie = measurementOfAnotherText();
    FileDiff comparison = new FileDiff(lie, lie, List.of());
    Map<String, MeasuredFile> measured = Map.of("src/A.java", MeasuredFile.compared(21, baseText, text, comparison));
    GetCodeMetricsTool known =
        new GetCodeMetricsTool(root, path -> Optional.ofNullable(base.get(path)), 21, path -> Optional.ofNullable(measured.get(path)), path -> Optional.empty());

    base.put("src/A.java", baseText);
    JsonNode fromMeasurement = JSON.readTree(known.call("{\"path\": \"src/A.java\"}"));
    assertThat(fromMeasurement.path("note").textValue()).isEqualTo("no method changed since the base commit");
    assertThat(fromMeasurement.at("/types/0/methods/0/method").textValue()).isEqualTo("other(int)");

    base.put("src/A.java", baseText + "// another base\n");
    JsonNode measuredAnew = JSON.readTree(known.call("{\"path\": \"src/A.java\"}"));
    assertThat(measuredAnew.at("/methods/0/method").textValue()).isEqualTo("f(int)");
    assertThat(measuredAnew.at("/methods/0/change").textValue()).isEqualTo("modified");
  }
}
