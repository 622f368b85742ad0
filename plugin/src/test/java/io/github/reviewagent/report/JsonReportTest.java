package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.review.ReviewResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review.json} has the keys and types INTERFACE.md promises, for scripts to rely on. */
class JsonReportTest {

  @TempDir Path directory;

  private JsonNode json(ReviewResult result) throws IOException {
    return ReportTesting.json(ReportTesting.write(result, ReportFormat.JSON, directory));
  }

  @Test
  void topLevelHasThePromisedFields() throws IOException {
    JsonNode json = json(ReviewFixtures.realistic());
    assertThat(json.path("schemaVersion").isInt()).isTrue();
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("status").asText()).isEqualTo("partial");
    assertThat(json.path("provider").asText()).isEqualTo("chat");
    assertThat(json.path("model").asText()).isEqualTo("gpt-4.1-mini");
    assertThat(json.at("/base/ref").asText()).isEqualTo("origin/main");
    assertThat(json.at("/base/commit").asText()).isEqualTo("3f1c2b4a5d6e7f8091a2b3c4d5e6f708192a3b4c");
    assertThat(json.at("/usage/requests").asLong()).isEqualTo(3);
    assertThat(json.at("/usage/inputTokens").asLong()).isEqualTo(12_345);
    assertThat(json.at("/usage/cachedInputTokens").asLong()).isEqualTo(2_048);
    assertThat(json.at("/usage/outputTokens").asLong()).isEqualTo(1_234);
    assertThat(json.at("/gate/failOn").asText()).isEqualTo("critical");
    assertThat(json.at("/gate/failed").isBoolean()).isTrue();
    assertThat(json.at("/gate/failed").asBoolean()).isTrue();
    assertThat(json.at("/gate/reason").asText()).startsWith("2 findings");
    assertThat(json.path("notes")).hasSize(2);
  }

  @Test
  void filesCarryRepositoryPathsAndChangedLinePairs() throws IOException {
    JsonNode files = json(ReviewFixtures.realistic()).path("files");
    assertThat(files).hasSize(5);
    JsonNode parser = files.get(0);
    assertThat(parser.path("path").asText()).isEqualTo(ReviewFixtures.PARSER);
    assertThat(parser.path("status").asText()).isEqualTo("modified");
    assertThat(parser.path("changedLines").toString()).isEqualTo("[[10,24],[40,41]]");
    for (JsonNode file : files) {
      assertThat(file.path("path").asText()).doesNotContain("\\").doesNotStartWith("/");
    }
    JsonNode broken = files.get(1);
    assertThat(broken.path("path").asText()).isEqualTo(ReviewFixtures.BROKEN);
    assertThat(broken.at("/parseError/line").asInt()).isEqualTo(7);
    assertThat(broken.at("/parseError/column").asInt()).isEqualTo(12);
    JsonNode renamed = files.get(2);
    assertThat(renamed.path("previousPath").asText()).isEqualTo("core/src/main/java/com/acme/core/Utils.java");
    assertThat(renamed.path("status").asText()).isEqualTo("renamed");
  }

  @Test
  void methodsShowBaseAndHeadMetrics() throws IOException {
    JsonNode methods = json(ReviewFixtures.realistic()).at("/files/0/methods");
    JsonNode parse = find(methods, "parse(String)");
    assertThat(parse.path("change").asText()).isEqualTo("modified");
    assertThat(parse.at("/base/metrics/cognitive").asInt()).isEqualTo(4);
    assertThat(parse.at("/head/metrics/cognitive").asInt()).isEqualTo(17);
    assertThat(parse.at("/head/metrics/cyclomatic").asInt()).isEqualTo(9);
    assertThat(parse.at("/head/metrics").fieldNames())
        .toIterable()
        .containsExactly("cyclomatic", "cognitive", "npath", "ncss", "loc", "maxNesting", "parameters");
    JsonNode added = find(methods, "validate(Invoice)");
    assertThat(added.path("change").asText()).isEqualTo("added");
    assertThat(added.path("base").isNull()).isTrue();
    JsonNode removed = find(methods, "legacyFormat(String)");
    assertThat(removed.path("head").isNull()).isTrue();
    assertThat(find(methods, "Line(String,int)").at("/head/kind").asText()).isEqualTo("constructor");
  }

  @Test
  void findingsHaveEveryPromisedField() throws IOException {
    JsonNode findings = json(ReviewFixtures.realistic()).path("findings");
    assertThat(findings).hasSize(7);
    for (JsonNode finding : findings) {
      assertThat(finding.fieldNames()).toIterable().contains(
          "ruleId", "severity", "source", "path", "startLine", "endLine", "message", "fingerprint",
          "onChangedLine", "suppressed");
      assertThat(finding.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(finding.path("source").asText()).isIn("metrics", "model");
      assertThat(finding.path("startLine").isInt()).isTrue();
      assertThat(finding.path("onChangedLine").isBoolean()).isTrue();
      assertThat(finding.path("suppressed").isBoolean()).isTrue();
    }
    JsonNode first = findings.get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("complexity.cognitive");
    assertThat(first.path("path").asText()).isEqualTo(ReviewFixtures.PARSER);
    assertThat(first.path("startLine").asInt()).isEqualTo(12);
    assertThat(first.path("endLine").asInt()).isEqualTo(38);
    assertThat(first.path("fingerprint").asText()).isEqualTo("fp-cog-0002");
    assertThat(first.path("suggestion").isNull()).isTrue();
    assertThat(findings.get(6).path("message").asText()).isEqualTo(ReviewFixtures.NASTY_MESSAGE);
    assertThat(findings.get(5).path("suppressed").asBoolean()).isTrue();
    assertThat(findings.get(4).path("path").asText()).isEqualTo(ReviewFixtures.HELLO);
  }

  @Test
  void findingsAreSortedByPathThenLineWhateverTheInputOrder() throws IOException {
    ReviewResult realistic = ReviewFixtures.realistic();
    List<io.github.reviewagent.review.Finding> reversed = new java.util.ArrayList<>(realistic.findings());
    java.util.Collections.reverse(reversed);
    ReviewResult shuffled =
        new ReviewResult(realistic.status(), realistic.provider(), realistic.model(), realistic.baseRef(),
            realistic.baseCommit(), realistic.files(), realistic.rules(), reversed, realistic.usage(),
            realistic.gate(), realistic.notes());
    assertThat(ReportTesting.write(shuffled, ReportFormat.JSON, directory.resolve("shuffled")))
        .isEqualTo(ReportTesting.write(realistic, ReportFormat.JSON, directory.resolve("sorted")));
  }

  @Test
  void summaryCountsUnsuppressedFindings() throws IOException {
    JsonNode summary = json(ReviewFixtures.realistic()).path("summary");
    assertThat(summary.path("files").asInt()).isEqualTo(5);
    assertThat(summary.path("findings").asInt()).isEqualTo(6);
    assertThat(summary.path("onChangedLines").asInt()).isEqualTo(5);
    assertThat(summary.path("elsewhere").asInt()).isEqualTo(1);
    assertThat(summary.path("suppressed").asInt()).isEqualTo(1);
    assertThat(summary.path("bySeverity").toString())
        .isEqualTo("{\"blocker\":1,\"critical\":2,\"major\":1,\"minor\":1,\"info\":1}");
  }

  @Test
  void emptyReviewKeepsEveryKeyWithNullsAndEmptyLists() throws IOException {
    JsonNode json = json(ReviewFixtures.empty());
    assertThat(json.has("model")).isTrue();
    assertThat(json.path("model").isNull()).isTrue();
    assertThat(json.path("findings").isArray()).isTrue();
    assertThat(json.path("findings")).isEmpty();
    assertThat(json.path("notes")).isEmpty();
    assertThat(json.at("/gate/failed").asBoolean()).isFalse();
    assertThat(json.at("/usage/requests").asLong()).isZero();
  }

  private static JsonNode find(JsonNode methods, String signature) {
    for (JsonNode method : methods) {
      if (method.path("signature").asText().equals(signature)) {
        return method;
      }
    }
    throw new AssertionError("no method " + signature);
  }
}
