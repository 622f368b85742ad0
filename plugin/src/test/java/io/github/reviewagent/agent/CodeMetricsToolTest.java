package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reviewagent.agent.tools.CodeMetricsTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeMetricsToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String HEAD =
      """
      package demo;

      class A {
        int parse(String s) {
          int total = 0;
          for (int i = 0; i <= s.length(); i++) {
            if (s.charAt(i) > 'a') {
              total += s.charAt(i);
            }
          }
          return total;
        }
      }
      """;
  static final String BASE = HEAD.replace("      if (s.charAt(i) > 'a') {\n        total += s.charAt(i);\n      }\n", "      total += s.charAt(i);\n");

  @TempDir Path root;

  @Test
  void adaptsGetCodeMetricsWithBaseVersusHeadDeltas() throws Exception {
    Files.createDirectories(root.resolve("src/demo"));
    Files.writeString(root.resolve("src/demo/A.java"), HEAD);
    CodeMetricsTool tool = new CodeMetricsTool(root, Map.of("src/demo/A.java", BASE), 21, Map.of(), path -> Optional.empty(), StandardCharsets.UTF_8);

    assertThat(tool.name()).isEqualTo("get_code_metrics");
    assertThat(tool.description()).contains("cognitive");
    assertThat(tool.parameters().path("properties").has("path")).isTrue();

    String output = tool.call("{\"path\": \"src/demo/A.java\"}");
    JsonNode answer = JSON.readTree(output);
    assertThat(answer.has("error")).as(output).isFalse();
    assertThat(output).contains("parse").contains("\"cognitive\"").contains("base").contains("delta");

    JsonNode outside = JSON.readTree(tool.call("{\"path\": \"../../etc/passwd\"}"));
    assertThat(outside.has("error")).isTrue();
  }
}
