package io.github.reviewagent.metrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Metrics counted by hand from INTERFACE.md's definitions; see the comments in {@link #jsonHasTheShapeOfTheInterface}. */
  static final String OUTER = """
      package a;

      public class Outer {
        @Deprecated
        public int parse(String s, int n) {
          int i = 0;
          while (i < n && s != null) {
            if (s.charAt(i) == 'x') {
              return i;
            }
            i++;
          }
          return -1;
        }

        static class Inner {
          Inner() {}
        }
      }
      """;

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new Main(new PrintWriter(out), new PrintWriter(err)).run(List.of(args));
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void jsonHasTheShapeOfTheInterface() throws IOException {
    write("src/a/Outer.java", OUTER);

    Run run = run(dir.resolve("src").toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = JSON.readTree(run.out());
    assertThat(fields(root)).containsExactly("schemaVersion", "files");
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(root.get("files")).hasSize(1);

    JsonNode file = root.get("files").get(0);
    assertThat(fields(file)).containsExactly("path", "error", "ncss", "loc", "types");
    assertThat(file.get("path").textValue()).as("relative to the directory argument").isEqualTo("a/Outer.java");
    assertThat(file.get("error").isNull()).isTrue();
    assertThat(file.get("loc").intValue()).isEqualTo(19);
    assertThat(file.get("ncss").isInt()).isTrue();
    assertThat(file.get("types")).hasSize(2);

    JsonNode outer = file.get("types").get(0);
    assertThat(fields(outer)).containsExactly("name", "kind", "line", "endLine", "wmc", "methodCount", "fieldCount", "ncss", "methods");
    assertThat(outer.get("name").textValue()).isEqualTo("Outer");
    assertThat(outer.get("kind").textValue()).isEqualTo("class");
    assertThat(outer.get("line").intValue()).isEqualTo(3);
    assertThat(outer.get("endLine").intValue()).isEqualTo(19);
    assertThat(outer.get("methodCount").intValue()).isEqualTo(1);
    assertThat(outer.get("fieldCount").intValue()).isZero();
    assertThat(outer.get("wmc").intValue()).isEqualTo(4);

    JsonNode parse = outer.get("methods").get(0);
    assertThat(fields(parse)).containsExactly("name", "signature", "kind", "line", "endLine", "metrics");
    assertThat(parse.get("name").textValue()).isEqualTo("parse");
    assertThat(parse.get("signature").textValue()).isEqualTo("parse(String,int)");
    assertThat(parse.get("kind").textValue()).isEqualTo("method");
    assertThat(parse.get("line").intValue()).as("the annotation's line").isEqualTo(4);
    assertThat(parse.get("endLine").intValue()).isEqualTo(14);
    JsonNode metrics = parse.get("metrics");
    assertThat(fields(metrics)).containsExactly("cyclomatic", "cognitive", "npath", "ncss", "loc", "maxNesting", "parameters");
    // 1 + while + && in the loop condition + if
    assertThat(metrics.get("cyclomatic").intValue()).isEqualTo(4);
    // while +1, the && run +1, the if nested once +2
    assertThat(metrics.get("cognitive").intValue()).isEqualTo(4);
    // declaration 1 * while (body: if 1+1 times i++ 1 = 2, + 1 boolean operator + 1) * return 1 = 4
    assertThat(metrics.get("npath").longValue()).isEqualTo(4);
    // the declaration, int i, while, if, return i, i++, return -1
    assertThat(metrics.get("ncss").intValue()).isEqualTo(7);
    assertThat(metrics.get("loc").intValue()).isEqualTo(11);
    assertThat(metrics.get("maxNesting").intValue()).isEqualTo(2);
    assertThat(metrics.get("parameters").intValue()).isEqualTo(2);

    JsonNode inner = file.get("types").get(1);
    assertThat(inner.get("name").textValue()).isEqualTo("Outer.Inner");
    assertThat(inner.get("line").intValue()).isEqualTo(16);
    JsonNode constructor = inner.get("methods").get(0);
    assertThat(constructor.get("name").textValue()).isEqualTo("Inner");
    assertThat(constructor.get("kind").textValue()).isEqualTo("constructor");
    assertThat(constructor.get("line").intValue()).isEqualTo(17);
    assertThat(constructor.get("metrics").get("cyclomatic").intValue()).isEqualTo(1);
    assertThat(constructor.get("metrics").get("npath").longValue()).isEqualTo(1);
    assertThat(constructor.get("metrics").get("ncss").intValue()).isEqualTo(1);
    assertThat(constructor.get("metrics").get("loc").intValue()).isEqualTo(1);
  }

  @Test
  void aFileArgumentKeepsItsPathAsGiven() throws IOException {
    Path file = write("src/a/Outer.java", OUTER);
    Run run = run("--format=json", file.toString());
    assertThat(JSON.readTree(run.out()).get("files").get(0).get("path").textValue()).isEqualTo(file.toString());
  }

  @Test
  void directoriesAreWalkedInPathOrderAndOnlyJavaFilesCount() throws IOException {
    write("b/Z.java", "class Z {}");
    write("a/Y.java", "class Y {}");
    write("a/b/X.java", "class X {}");
    write("a/notes.txt", "not java");
    write("C.java", "class C {}");

    Run run = run(dir.toString());

    assertThat(paths(run.out())).containsExactly("C.java", "a/Y.java", "a/b/X.java", "b/Z.java");
  }

  @Test
  void aDirectoryReachedThroughASymbolicLinkIsWalked() throws IOException {
    write("real/a/Y.java", "class Y { void y() {} }");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

    Run run = run(link.toString());

    assertThat(run.status()).isZero();
    assertThat(paths(run.out())).containsExactly("a/Y.java");
  }

  @Test
  void symbolicLinksInsideATreeAreFollowedWithoutLoopingAndABrokenOneIsReported() throws IOException {
    write("shared/S.java", "class S { void s() {} }");
    write("tree/a/Y.java", "class Y { void y() {} }");
    Files.createSymbolicLink(dir.resolve("tree/Linked.java"), dir.resolve("shared/S.java"));
    Files.createSymbolicLink(dir.resolve("tree/shared"), dir.resolve("shared"));
    Files.createSymbolicLink(dir.resolve("tree/a/up"), dir.resolve("tree"));
    Files.createSymbolicLink(dir.resolve("tree/Broken.java"), dir.resolve("Missing.java"));

    Run run = run(dir.resolve("tree").toString());

    assertThat(paths(run.out())).containsExactly("Broken.java", "Linked.java", "a/Y.java", "shared/S.java");
    assertThat(run.status()).as("the broken link is a file that could not be read").isEqualTo(Main.NOT_PARSED);
    assertThat(run.err()).isEqualTo("metrics-tool: Broken.java:0:0: cannot read the file: no such file%n".formatted());
  }

  @Test
  void unparsableFilesGiveExitOneAndTheRestIsStillReported() throws IOException {
    write("Good.java", "class Good { void f() {} }");
    write("Bad.java", "class Bad {\n  void f( {\n}\n");

    Run run = run(dir.toString());

    assertThat(run.status()).isEqualTo(Main.NOT_PARSED);
    JsonNode files = JSON.readTree(run.out()).get("files");
    assertThat(paths(run.out())).containsExactly("Bad.java", "Good.java");
    JsonNode error = files.get(0).get("error");
    assertThat(error.get("line").intValue()).isEqualTo(2);
    assertThat(error.get("column").intValue()).isEqualTo(11);
    assertThat(error.get("message").textValue()).startsWith("Parse error.");
    assertThat(files.get(0).get("types")).isEmpty();
    assertThat(files.get(1).get("types").get(0).get("methods")).hasSize(1);
    assertThat(run.err()).startsWith("metrics-tool: Bad.java:2:11: Parse error.");
  }

  @Test
  void textIsAnAlignedTablePerType() throws IOException {
    write("a/Outer.java", OUTER);

    Run run = run("--format", "text", dir.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("""
        a/Outer.java  (19 lines, ncss %d)
          class Outer  (line 3, wmc 4)
            method             line  end  cyclomatic  cognitive  npath  ncss  loc  nesting  params
            parse(String,int)     4   14           4          4      4     7   11        2       2
          class Outer.Inner  (line 16, wmc 1)
            method   line  end  cyclomatic  cognitive  npath  ncss  loc  nesting  params
            Inner()    17   17           1          0      1     1    1        0       0

        files: 1, types: 2, methods: 2, not parsed: 0
        """.formatted(ncssOf(dir)));
  }

  @Test
  void outputThatCannotBeWrittenIsAnErrorNotSuccess() throws IOException {
    // A PrintWriter swallows write errors: a full disk (`> /dev/full`) lost the whole report with exit 0.
    write("a/Outer.java", OUTER);
    java.io.Writer full = new java.io.Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    };
    for (String format : List.of("json", "text")) {
      StringWriter err = new StringWriter();
      int status = new Main(new PrintWriter(full), new PrintWriter(err)).run(List.of("--format", format, dir.toString()));
      assertThat(status).as(format).isEqualTo(Main.NOT_PARSED);
      assertThat(err.toString()).as(format).startsWith("metrics-tool: cannot write the output");
    }
  }

  @Test
  void textColumnsStayAlignedForNamesBeyondAscii() throws IOException {
    // 𝑥 is one character in two UTF-16 units; 名前 takes two terminal columns per character.
    write("U.java", "class U {\n  void größe() {}\n  void 𝑥() {}\n  void 名前() {}\n}\n");

    Run run = run("--format", "text", dir.toString());

    assertThat(run.out()).contains("""
            method   line  end  cyclomatic  cognitive  npath  ncss  loc  nesting  params
            größe()     2    2           1          0      1     1    1        0       0
            𝑥()         3    3           1          0      1     1    1        0       0
            名前()      4    4           1          0      1     1    1        0       0
        """);
  }

  @Test
  void textNamesAFileThatDidNotParse() throws IOException {
    write("Bad.java", "class Bad {\n  void f( {\n}\n");
    Run run = run("--format", "text", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("Bad.java  NOT PARSED: line 2, column 11: Parse error.")
        .endsWith("files: 1, types: 0, methods: 0, not parsed: 1\n");
  }

  @Test
  void threadsGiveIdenticalOutput() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("p" + (i % 5) + "/C" + i + ".java", "class C" + i + " {\n" + "  int m%d(int x) { return x > %d ? x : -x; }\n".formatted(i, i).repeat(i % 7 + 1) + "}\n");
    }
    write("p0/Broken.java", "class Broken {");
    Run one = run("--threads", "1", dir.toString());
    Run two = run("--threads", "2", dir.toString());
    Run many = run("--threads", "7", dir.toString());
    assertThat(one.status()).isEqualTo(1);
    assertThat(two).isEqualTo(one);
    assertThat(many).isEqualTo(one);
  }

  @Test
  void threadsGiveIdenticalOutputOnARealTree() {
    Path corpus = Path.of("target/corpus/commons-lang3/org/apache/commons/lang3");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "the test corpus is unpacked by the build");
    Run one = run("--threads", "1", corpus.toString());
    Run two = run("--threads", "2", corpus.toString());
    assertThat(one.status()).isZero();
    assertThat(one.out().length()).isGreaterThan(100_000);
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void usageErrorsNameTheBadOptionAndExitTwo() throws IOException {
    Path file = write("A.java", "class A {}");
    write("notes.txt", "x");
    assertUsage(run("--frobnicate", file.toString()), "unknown option --frobnicate");
    assertUsage(run("--format", "xml", file.toString()), "--format must be json or text, not 'xml'");
    assertUsage(run("--threads", "0", file.toString()), "--threads needs a whole number from 1 to 1024, not '0'");
    assertUsage(run("--threads=two", file.toString()), "--threads needs a whole number from 1 to 1024, not 'two'");
    assertUsage(run(file.toString(), "--threads"), "--threads needs a value");
    assertUsage(run("--java-version", "99", file.toString()), "--java-version: Unsupported Java version 99");
    assertUsage(run("--encoding", "klingon", file.toString()), "--encoding: 'klingon' is not a character set this Java knows");
    assertUsage(run(), "no PATH given");
    assertUsage(run(dir.resolve("Missing.java").toString()), "no such file or directory: " + dir.resolve("Missing.java"));
    assertUsage(run(dir.resolve("notes.txt").toString()), "not a .java file: " + dir.resolve("notes.txt"));
  }

  private static void assertUsage(Run run, String message) {
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("metrics-tool: " + message).contains("--help");
  }

  @Test
  void filesAreReadInTheEncodingGiven() throws IOException {
    Path file = dir.resolve("Cafe.java");
    Files.write(file, "class Cafe { void cr\u00e8me() {} }\n".getBytes(StandardCharsets.ISO_8859_1));

    Run latin1 = run("--format", "text", "--encoding", "ISO-8859-1", file.toString());
    Run utf8 = run(file.toString());

    assertThat(latin1.status()).isZero();
    assertThat(latin1.out()).contains("cr\u00e8me()");
    assertThat(utf8.status()).as("UTF-8 by default: the Latin-1 byte is not a letter there").isEqualTo(Main.NOT_PARSED);
  }

  @Test
  void javaVersionChangesWhatParses() throws IOException {
    Path file = write("R.java", "record R(int x) {}");
    assertThat(run("--java-version", "11", file.toString()).status()).isEqualTo(1);
    assertThat(run("--java-version", "17", file.toString()).status()).isZero();
    assertThat(run(file.toString()).status()).as("21 by default").isZero();
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out())
        .startsWith("Usage: metrics-tool [--format json|text] [--threads N] [--java-version N] [--encoding NAME] PATH...")
        .contains("--java-version N", "(default 21)", "--encoding NAME", "Exit status: 0");
    Run version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).matches("metrics-tool \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void runsInProcessAsAToolProvider() throws IOException {
    Path file = write("a/Outer.java", OUTER);
    ToolProvider tool = ToolProvider.findFirst("metrics-tool").orElseThrow();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = tool.run(new PrintWriter(out), new PrintWriter(err), "--format", "json", file.toString());

    assertThat(status).isZero();
    assertThat(JSON.readTree(out.toString()).get("files").get(0).get("types").get(0).get("name").textValue()).isEqualTo("Outer");
    assertThat(tool.run(new PrintWriter(out), new PrintWriter(err), "--bogus")).isEqualTo(2);
  }

  /** The file's NCSS as the JSON gives it: the text test checks the layout, the JSON test the numbers. */
  private static int ncssOf(Path dir) {
    try {
      return JSON.readTree(run(dir.toString()).out()).get("files").get(0).get("ncss").intValue();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> paths(String json) throws IOException {
    List<String> paths = new ArrayList<>();
    JSON.readTree(json).get("files").forEach(f -> paths.add(f.get("path").textValue()));
    return paths;
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
