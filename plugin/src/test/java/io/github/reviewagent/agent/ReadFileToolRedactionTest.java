package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.agent.tools.ReadFileTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read_file with the agent's own redactor, as the loop sees its output (redacted once more on the way out). */
class ReadFileToolRedactionTest {

  @TempDir Path root;

  @Test
  void secretsInAReadFileNeverReachTheModel() throws Exception {
    Git.init().setDirectory(root.toFile()).call().close();
    Files.createDirectories(root.resolve("src/main/resources"));
    Files.writeString(root.resolve("src/main/resources/application.properties"),
        "server.port=8080\nspring.datasource.password=hunter22secret\napi.token = ghp_" + "a".repeat(36) + "\n");
    Files.writeString(root.resolve("src/main/resources/Config.java"),
        "class Config {\n  String password = \"hunter22secret\";\n}\n");
    ReadFileTool tool = new ReadFileTool(root, path -> false, ReadFileTool.Caps.DEFAULT, Redactor::redact, StandardCharsets.UTF_8);

    String properties = Redactor.redact(tool.call("{\"path\": \"src/main/resources/application.properties\"}"));
    String java = Redactor.redact(tool.call("{\"path\": \"src/main/resources/Config.java\"}"));

    assertThat(properties).doesNotContain("hunter22secret").doesNotContain("ghp_")
        .contains("1| server.port=8080").contains("2| spring.datasource.password=<redacted:");
    assertThat(java).doesNotContain("hunter22secret").contains("2|   String password = \"<redacted:secret>\";");
  }

  @Test
  void aRangeThatStartsInsideAPrivateKeyAndALineCutInsideATokenShowNeither() throws Exception {
    Git.init().setDirectory(root.toFile()).call().close();
    String body = "MIIEowIBAAKCAQEAxyz0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
    String token = "ghp_" + "b".repeat(36);
    Files.writeString(root.resolve("notes.txt"), "intro\n-----BEGIN RSA PRIVATE KEY-----\n" + body
        + "\n-----END RSA PRIVATE KEY-----\nx=" + "a".repeat(990) + " " + token + "\n");
    ReadFileTool tool = new ReadFileTool(root, path -> false, ReadFileTool.Caps.DEFAULT, Redactor::redact, StandardCharsets.UTF_8);

    // Neither the range (no BEGIN line) nor the cut line (half a token) could be recognised in the answer alone.
    String answer = Redactor.redact(tool.call("{\"path\": \"notes.txt\", \"startLine\": 3}"));

    assertThat(answer).doesNotContain(body).doesNotContain("ghp_")
        .contains("3| <redacted:private-key>").contains("[line cut:");
  }
}
