package io.github.reviewagent.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFileToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Predicate<String> NOTHING_EXCLUDED = path -> false;

  @TempDir Path root;
  @TempDir Path outside;

  @BeforeEach
  void repository() throws Exception {
    Git.init().setDirectory(root.toFile()).call().close();
    write(".gitignore", "target/\n*.log\nsecrets/\n!secrets/keep.txt\n");
    write("src/main/java/demo/App.java", "package demo;\n\nclass App {\n  int answer() {\n    return 42;\n  }\n}\n");
  }

  private ReadFileTool tool() {
    return tool(ReadFileTool.Caps.DEFAULT, NOTHING_EXCLUDED);
  }

  private ReadFileTool tool(ReadFileTool.Caps caps, Predicate<String> excluded) {
    return new ReadFileTool(root, excluded, caps, UnaryOperator.identity(), StandardCharsets.UTF_8);
  }

  private ReadFileTool tool(Charset encoding) {
    return new ReadFileTool(root, NOTHING_EXCLUDED, ReadFileTool.Caps.DEFAULT, UnaryOperator.identity(), encoding);
  }

  private void write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String numbered(int lines) {
    return IntStream.rangeClosed(1, lines).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String call(ReadFileTool tool, String arguments) throws Exception {
    return tool.call(arguments);
  }

  private static String error(String output) throws Exception {
    assertThat(output).as("an error object").startsWith("{");
    JsonNode answer = JSON.readTree(output);
    assertThat(answer.has("error")).as(output).isTrue();
    return answer.get("error").asText();
  }

  @Test
  void describesItselfWithASchemaThatRequiresAPath() {
    ReadFileTool tool = tool();
    assertThat(tool.name()).isEqualTo("read_file");
    assertThat(tool.parameters().path("required").toString()).isEqualTo("[\"path\"]");
    assertThat(tool.parameters().path("properties").has("startLine")).isTrue();
    assertThat(tool.parameters().path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(tool.description()).contains("400 lines").contains("16000 bytes").contains("startLine");
  }

  @Test
  void javaFilesAreReadInTheSourcesEncodingAndOtherTextFilesAsUtf8UnlessTheyAreNotUtf8() throws Exception {
    Charset gbk = Charset.forName("GBK");
    Files.write(
        root.resolve("src/main/java/demo/Total.java"),
        "class Total {\n  // 计算总数\n  int 总数() {\n    return 1;\n  }\n}\n".getBytes(gbk));
    write("README.md", "# Überblick 概要\n");
    Files.createDirectories(root.resolve("src/main/resources"));
    Files.write(root.resolve("src/main/resources/messages.txt"), "greeting=你好\n".getBytes(gbk));
    ReadFileTool tool = tool(gbk);

    assertThat(call(tool, "{\"path\": \"src/main/java/demo/Total.java\"}")).contains("2|   // 计算总数").contains("3|   int 总数() {");
    assertThat(call(tool, "{\"path\": \"README.md\"}")).contains("1| # Überblick 概要");
    assertThat(call(tool, "{\"path\": \"src/main/resources/messages.txt\"}")).contains("1| greeting=你好");
  }

  @Test
  void readsAWholeFileWithLineNumbers() throws Exception {
    String output = call(tool(), "{\"path\": \"src/main/java/demo/App.java\"}");

    assertThat(output).isEqualTo(
        "src/main/java/demo/App.java (all 7 lines; the number before | is the line number):\n"
            + "1| package demo;\n"
            + "2| \n"
            + "3| class App {\n"
            + "4|   int answer() {\n"
            + "5|     return 42;\n"
            + "6|   }\n"
            + "7| }\n");
  }

  @Test
  void readsALineRangeWithItsOwnLineNumbers() throws Exception {
    write("notes/long.txt", numbered(120));

    String output = call(tool(), "{\"path\": \"notes/long.txt\", \"startLine\": 99, \"endLine\": 101}");

    assertThat(output).isEqualTo(
        "notes/long.txt (lines 99-101 of 120; the number before | is the line number):\n"
            + " 99| line 99\n"
            + "100| line 100\n"
            + "101| line 101\n");
  }

  @Test
  void aRangeThatRunsPastTheEndStopsAtTheLastLine() throws Exception {
    write("notes/short.txt", numbered(3));

    String output = call(tool(), "{\"path\": \"notes/short.txt\", \"startLine\": 2, \"endLine\": 50}");

    assertThat(output).contains("lines 2-3 of 3").contains("2| line 2\n3| line 3\n").doesNotContain("cut");
  }

  @Test
  void cutsAtTheLineCapAndSaysHowToReadOn() throws Exception {
    write("notes/long.txt", numbered(20));
    ReadFileTool tool = tool(new ReadFileTool.Caps(5, 16_000), NOTHING_EXCLUDED);

    String first = call(tool, "{\"path\": \"notes/long.txt\"}");
    assertThat(first).contains("lines 1-5 of 20").contains("\n5| line 5\n").doesNotContain("line 6\n")
        .contains("at most 5 lines and 16000 bytes").contains("lines 6-20 are not shown")
        .contains("startLine 6");

    String next = call(tool, "{\"path\": \"notes/long.txt\", \"startLine\": 6}");
    assertThat(next).contains("lines 6-10 of 20").contains(" 6| line 6\n").contains("10| line 10\n").contains("startLine 11");
  }

  @Test
  void cutsAtTheByteCap() throws Exception {
    String line = "x".repeat(95);
    write("notes/wide.txt", IntStream.range(0, 50).mapToObj(i -> line).collect(Collectors.joining("\n")));
    ReadFileTool tool = tool(new ReadFileTool.Caps(400, 1_000), NOTHING_EXCLUDED);

    String output = call(tool, "{\"path\": \"notes/wide.txt\"}");

    String body = output.lines().filter(l -> l.matches("\\s*\\d+\\| .*")).map(l -> l + "\n").collect(Collectors.joining());
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1_000);
    // Each numbered row is 2 + 2 + 95 + 1 = 100 bytes: ten fit.
    assertThat(output).contains("lines 1-10 of 50").contains("lines 11-50 are not shown").contains("startLine 11");
  }

  @Test
  void cutsAnOverlongLine() throws Exception {
    write("notes/minified.txt", "a".repeat(5_000) + "\nend\n");

    String output = call(tool(), "{\"path\": \"notes/minified.txt\"}");

    assertThat(output).contains("1| " + "a".repeat(ReadFileTool.MAX_LINE_CHARS) + " [line cut: 4000 more characters]\n")
        .contains("2| end\n");
  }

  @Test
  void readsNonJavaTextFilesSuchAsThePom() throws Exception {
    write("pom.xml", "<project>\n  <artifactId>demo</artifactId>\n</project>\n");

    assertThat(call(tool(), "{\"path\": \"pom.xml\"}")).contains("2|   <artifactId>demo</artifactId>");
  }

  @Test
  void acceptsDotSegmentsAndDoubledSlashes() throws Exception {
    assertThat(call(tool(), "{\"path\": \"./src//main/java/demo/./App.java\"}"))
        .startsWith("src/main/java/demo/App.java (all 7 lines");
  }

  @Test
  void refusesBadRanges() throws Exception {
    write("notes/short.txt", numbered(3));

    assertThat(error(call(tool(), "{\"path\": \"notes/short.txt\", \"startLine\": 4}")))
        .contains("has 3 lines").contains("startLine 4 is past its end");
    assertThat(error(call(tool(), "{\"path\": \"notes/short.txt\", \"startLine\": 3, \"endLine\": 2}")))
        .contains("endLine 2 is before startLine 3");
    assertThat(error(call(tool(), "{\"path\": \"notes/short.txt\", \"startLine\": 0}"))).contains("1-based");
  }

  @Test
  void saysAnEmptyFileIsEmpty() throws Exception {
    write("notes/empty.txt", "");

    assertThat(call(tool(), "{\"path\": \"notes/empty.txt\"}")).isEqualTo("notes/empty.txt: the file is empty.");
  }

  @Test
  void refusesAbsolutePaths() throws Exception {
    String absolute = root.resolve("src/main/java/demo/App.java").toString().replace('\\', '/');

    assertThat(error(call(tool(), "{\"path\": \"" + absolute + "\"}"))).contains("is absolute").contains("relative to the repository root");
    assertThat(error(call(tool(), "{\"path\": \"/etc/passwd\"}"))).contains("is absolute");
    assertThat(error(call(tool(), "{\"path\": \"C:/Windows/win.ini\"}"))).contains("is absolute");
    assertThat(error(call(tool(), "{\"path\": \"~/.ssh/id_rsa\"}"))).contains("is absolute");
    assertThat(error(call(tool(), "{\"path\": \"src\\\\main\\\\App.java\"}"))).contains("use / as the separator");
  }

  @Test
  void refusesDotDotEvenWhenItWouldStayInside() throws Exception {
    assertThat(error(call(tool(), "{\"path\": \"../etc/passwd\"}"))).contains("contains ..");
    assertThat(error(call(tool(), "{\"path\": \"src/../src/main/java/demo/App.java\"}"))).contains("contains ..");
  }

  @Test
  void refusesASymbolicLinkThatLeadsOutsideTheRepository() throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "do not read\n");
    Files.createSymbolicLink(root.resolve("escape"), outside);
    Files.createSymbolicLink(root.resolve("secret-link.txt"), outside.resolve("secret.txt"));

    assertThat(error(call(tool(), "{\"path\": \"escape/secret.txt\"}"))).contains("leads outside the repository through a symbolic link");
    assertThat(error(call(tool(), "{\"path\": \"secret-link.txt\"}"))).contains("leads outside the repository");
  }

  @Test
  void followsASymbolicLinkThatStaysInsideTheRepository() throws Exception {
    write("docs/guide.md", "# Guide\nread me\n");
    Files.createSymbolicLink(root.resolve("docs-link"), root.resolve("docs"));
    Files.createSymbolicLink(root.resolve("guide-link.md"), Path.of("docs/guide.md"));

    assertThat(call(tool(), "{\"path\": \"docs-link/guide.md\"}")).startsWith("docs-link/guide.md (all 2 lines").contains("2| read me");
    assertThat(call(tool(), "{\"path\": \"guide-link.md\"}")).contains("1| # Guide");
  }

  @Test
  void refusesFilesGitIgnores() throws Exception {
    write("app.log", "started\n");
    write("target/classes/Generated.java", "class Generated {}\n");
    write("secrets/db.txt", "password\n");
    write("secrets/keep.txt", "git cannot re-include a file under an ignored directory\n");

    assertThat(error(call(tool(), "{\"path\": \"app.log\"}"))).contains("is ignored by git").contains("never sent to the model");
    assertThat(error(call(tool(), "{\"path\": \"target/classes/Generated.java\"}"))).contains("is ignored by git");
    assertThat(error(call(tool(), "{\"path\": \"secrets/db.txt\"}"))).contains("is ignored by git");
    assertThat(error(call(tool(), "{\"path\": \"secrets/keep.txt\"}"))).contains("is ignored by git");
    assertThat(error(call(tool(), "{\"path\": \"target\"}"))).contains("is ignored by git");
  }

  @Test
  void honoursNestedGitignoresAndInfoExclude() throws Exception {
    write("module/.gitignore", "local.properties\n");
    write("module/local.properties", "key=value\n");
    write("module/app.properties", "key=value\n");
    write(".git/info/exclude", "scratch.txt\n");
    write("scratch.txt", "notes\n");

    assertThat(error(call(tool(), "{\"path\": \"module/local.properties\"}"))).contains("is ignored by git");
    assertThat(error(call(tool(), "{\"path\": \"scratch.txt\"}"))).contains("is ignored by git");
    assertThat(call(tool(), "{\"path\": \"module/app.properties\"}")).contains("1| key=value");
  }

  @Test
  void refusesASymbolicLinkToAnIgnoredFile() throws Exception {
    write("app.log", "started\n");
    Files.createSymbolicLink(root.resolve("log-link.txt"), Path.of("app.log"));

    assertThat(error(call(tool(), "{\"path\": \"log-link.txt\"}"))).contains("is ignored by git");
  }

  @Test
  void neverReadsTheGitDirectory() throws Exception {
    assertThat(error(call(tool(), "{\"path\": \".git/config\"}"))).contains(".git directory").contains("git's internals");
    assertThat(error(call(tool(), "{\"path\": \".GIT/config\"}"))).contains(".git directory");
    Files.createSymbolicLink(root.resolve("config-link"), Path.of(".git/config"));
    assertThat(error(call(tool(), "{\"path\": \"config-link\"}"))).contains("leads into a .git directory");
  }

  @Test
  void refusesFilesInANestedRepository() throws Exception {
    Path nested = root.resolve("vendor/lib");
    Files.createDirectories(nested);
    Git.init().setDirectory(nested.toFile()).call().close();
    Files.writeString(nested.resolve("Lib.java"), "class Lib {}\n");

    assertThat(error(call(tool(), "{\"path\": \"vendor/lib/Lib.java\"}"))).contains("nested git repository");
  }

  @Test
  void refusesFilesExcludedFromReview() throws Exception {
    write("generated/Api.java", "class Api {}\n");
    Files.createSymbolicLink(root.resolve("api-link.java"), Path.of("generated/Api.java"));
    ReadFileTool tool = tool(ReadFileTool.Caps.DEFAULT, path -> path.startsWith("generated/"));

    assertThat(error(call(tool, "{\"path\": \"generated/Api.java\"}"))).contains("is excluded from this review")
        .contains("review.excludes").contains("Do not ask for it again");
    assertThat(error(call(tool, "{\"path\": \"api-link.java\"}"))).contains("is excluded from this review");
    assertThat(call(tool, "{\"path\": \"src/main/java/demo/App.java\"}")).contains("5|     return 42;");
  }

  @Test
  void refusesBinaryFiles() throws Exception {
    Files.createDirectories(root.resolve("lib"));
    Files.write(root.resolve("lib/data.bin"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1, 2, '\n', 'x'});

    assertThat(error(call(tool(), "{\"path\": \"lib/data.bin\"}"))).contains("is a binary file").contains("only text files");
  }

  @Test
  void refusesCredentialsFiles() throws Exception {
    write(".env", "DB_PASSWORD=x\n");
    write("config/server.pem", "-----BEGIN CERTIFICATE-----\n");
    write(".env.example", "DB_PASSWORD=\n");

    assertThat(error(call(tool(), "{\"path\": \".env\"}"))).contains("looks like a credentials file");
    assertThat(error(call(tool(), "{\"path\": \"config/server.pem\"}"))).contains("looks like a credentials file");
    assertThat(call(tool(), "{\"path\": \".env.example\"}")).contains("1| DB_PASSWORD=");
  }

  @Test
  void refusesPuttyAndPkcs8KeysAndHtpasswdFiles() throws Exception {
    // A PuTTY key is text, but no PEM lines mark its private part, so the redaction would let it through.
    write("deploy/deploy.ppk", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAAIDv5x0y1z2\n");
    write("keys/AuthKey_ABC123.p8", "-----BEGIN PRIVATE KEY-----\n");
    write("web/.htpasswd", "admin:$apr1$abc$def\n");

    for (String path : List.of("deploy/deploy.ppk", "keys/AuthKey_ABC123.p8", "web/.htpasswd")) {
      assertThat(error(call(tool(), "{\"path\": \"" + path + "\"}"))).as(path).contains("looks like a credentials file");
    }
  }

  @Test
  void aMissingFileNamesFilesWithTheSameName() throws Exception {
    assertThat(error(call(tool(), "{\"path\": \"src/App.java\"}")))
        .contains("there is no file \"src/App.java\"").contains("files with that name: src/main/java/demo/App.java");
    assertThat(error(call(tool(), "{\"path\": \"src/Nowhere.java\"}"))).contains("check the path");
  }

  @Test
  void aDirectoryIsRefusedWithTheFilesItHolds() throws Exception {
    write("src/main/java/demo/Other.java", "class Other {}\n");
    write("src/main/java/demo/debug.log", "ignored\n");
    write("src/main/java/demo/Skipped.java", "class Skipped {}\n");
    ReadFileTool tool = tool(ReadFileTool.Caps.DEFAULT, path -> path.endsWith("Skipped.java"));

    String message = error(call(tool, "{\"path\": \"src/main/java/demo\"}"));

    assertThat(message).contains("is a directory").contains("App.java").contains("Other.java")
        .doesNotContain("debug.log").doesNotContain("Skipped.java").contains("Call read_file with one of its files");
    assertThat(error(call(tool, "{\"path\": \"src\"}"))).contains("it holds main/");
    assertThat(error(call(tool, "{\"path\": \".\"}"))).contains("names the repository root");
  }

  @Test
  void redactsTheTextBeforeNumberingIt() throws Exception {
    write("config/app.properties", "db.user=app\ndb.password=hunter22\n");
    UnaryOperator<String> redactor = text -> text.replaceAll("(?m)^(db\\.password=).*$", "$1<redacted>");
    ReadFileTool tool = new ReadFileTool(root, NOTHING_EXCLUDED, ReadFileTool.Caps.DEFAULT, redactor, StandardCharsets.UTF_8);

    assertThat(call(tool, "{\"path\": \"config/app.properties\"}")).contains("2| db.password=<redacted>").doesNotContain("hunter22");
  }

  @Test
  void needsTheRootOfAGitWorkingTree() {
    assertThatThrownBy(() -> new ReadFileTool(outside, NOTHING_EXCLUDED, ReadFileTool.Caps.DEFAULT, UnaryOperator.identity(), StandardCharsets.UTF_8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not the root of a git working tree");
  }

  @Test
  void concurrentCallsAnswerLikeSequentialOnes() throws Exception {
    for (int i = 0; i < 8; i++) {
      write("notes/file" + i + ".txt", numbered(10 + i));
    }
    write("notes/trace.log", "ignored\n");
    ReadFileTool tool = tool();
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      arguments.add("{\"path\": \"notes/file" + i + ".txt\", \"startLine\": " + (i + 1) + "}");
    }
    arguments.add("{\"path\": \"notes/trace.log\"}");
    List<String> expected = new ArrayList<>();
    for (String argument : arguments) {
      expected.add(tool.call(argument));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> running = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String argument : arguments) {
          running.add(pool.submit(() -> tool.call(argument)));
        }
      }
      for (int i = 0; i < running.size(); i++) {
        assertThat(running.get(i).get()).isEqualTo(expected.get(i % arguments.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(8)).contains("is ignored by git");
  }

  @Test
  void decodesMalformedUtf8InsteadOfRefusing() throws Exception {
    Files.createDirectories(root.resolve("notes"));
    Files.write(root.resolve("notes/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

    assertThat(call(tool(), "{\"path\": \"notes/latin1.txt\"}")).contains("1| caf\uFFFD");
  }
}
