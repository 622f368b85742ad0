package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gl-code-quality-report.json} in the shape GitLab's Code Quality widget reads. */
class GitLabReportTest {

  @TempDir Path directory;

  private JsonNode issues() throws IOException {
    return ReportTesting.json(ReportTesting.write(ReviewFixtures.realistic(), ReportFormat.GITLAB, directory));
  }

  @Test
  void everyUnsuppressedFindingIsAnIssueWithTheRequiredFields() throws IOException {
    JsonNode issues = issues();
    assertThat(issues.isArray()).isTrue();
    assertThat(issues).hasSize(6);
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode issue : issues) {
      assertThat(issue.path("description").asText()).isNotBlank();
      assertThat(issue.path("check_name").asText()).isNotBlank();
      assertThat(issue.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(issue.at("/location/path").asText()).doesNotStartWith("/").doesNotContain("\\");
      assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
      assertThat(fingerprints.add(issue.path("fingerprint").asText())).as("unique fingerprint").isTrue();
    }
    assertThat(fingerprints).doesNotContain("fp-len-0006");
  }

  @Test
  void severityAndLocationMatchTheFinding() throws IOException {
    JsonNode bug = issues().get(2);
    assertThat(bug.path("check_name").asText()).isEqualTo("model.bug");
    assertThat(bug.path("severity").asText()).isEqualTo("blocker");
    assertThat(bug.path("fingerprint").asText()).isEqualTo("fp-bug-0001");
    assertThat(bug.path("description").asText()).endsWith("Suggestion: Apply the discount first, then compute the total.");
    assertThat(bug.at("/location/path").asText()).isEqualTo(ReviewFixtures.PARSER);
    assertThat(bug.at("/location/lines/begin").asInt()).isEqualTo(40);
    assertThat(bug.at("/location/lines/end").asInt()).isEqualTo(41);
  }

  @Test
  void emptyReviewIsAnEmptyArray() throws IOException {
    assertThat(ReportTesting.write(ReviewFixtures.empty(), ReportFormat.GITLAB, directory)).isEqualTo("[]\n");
  }
}
