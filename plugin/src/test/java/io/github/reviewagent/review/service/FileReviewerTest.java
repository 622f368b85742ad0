package io.github.reviewagent.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.diff.MetricsDiff;
import io.github.reviewagent.metrics.tool.MeasuredFile;
import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.offline.OfflineReviewer;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewed file hands on for {@code get_code_metrics}: exactly what the tool would measure itself, so that
 * answering from it changes no answer.
 */
class FileReviewerTest {

  private static final String BASE = "class A {\n  int f(int a) {\n    return a;\n  }\n}\n";
  private static final String HEAD = BASE.replace("return a;", "return a > 0 ? a : -a;");

  @TempDir Path dir;

  private final MetricsAnalyzer tools = new MetricsAnalyzer(21);

  private FileReviewer reviewer(boolean audit) {
    return new FileReviewer(21, new OfflineReviewer(OfflineConfig.defaults()), StandardCharsets.UTF_8, audit);
  }

  private Candidate candidate(String text, ReviewedFile.Status status, String base) throws IOException {
    Path file = Files.writeString(dir.resolve("A.java"), text);
    return new Candidate(file, "src/A.java", null, status, List.of(new LineRange(3, 3)), base);
  }

  @Test
  void aModifiedFileHandsOnItsComparisonWithTheBase() throws IOException {
    MeasuredFile measured = reviewer(false).review(candidate(HEAD, ReviewedFile.Status.MODIFIED, BASE)).measured();

    assertThat(measured).isEqualTo(MeasuredFile.compared(21, BASE, HEAD, new MetricsDiff(tools).compare("src/A.java", BASE, HEAD)));
  }

  @Test
  void aBaseThatDoesNotParseIsHandedOnAsTheToolWouldMeetIt() throws IOException {
    String broken = "class A {\n  int f(int a {\n}\n";

    FileReviewer.Result result = reviewer(false).review(candidate(HEAD, ReviewedFile.Status.MODIFIED, broken));

    assertThat(result.notes()).singleElement().asString().contains("the base version does not parse");
    assertThat(result.measured()).isEqualTo(MeasuredFile.compared(21, broken, HEAD, new MetricsDiff(tools).compare("src/A.java", broken, HEAD)));
    assertThat(result.measured().diff().comparable()).isFalse();
  }

  @Test
  void anAddedOrAuditedFileHandsOnItsOwnMeasurement() throws IOException {
    MeasuredFile expected = MeasuredFile.of(21, HEAD, tools.analyze("src/A.java", HEAD));

    assertThat(reviewer(false).review(candidate(HEAD, ReviewedFile.Status.ADDED, null)).measured()).isEqualTo(expected);
    assertThat(reviewer(true).review(candidate(HEAD, ReviewedFile.Status.UNCHANGED, null)).measured()).isEqualTo(expected);
  }

  @Test
  void aFileThatDoesNotParseHandsOnItsParseProblemAndOneThatCannotBeReadNothing() throws IOException {
    String broken = "class A {\n  int f(int a {\n}\n";

    MeasuredFile measured = reviewer(false).review(candidate(broken, ReviewedFile.Status.MODIFIED, BASE)).measured();
    assertThat(measured.head().parsed()).isFalse();
    assertThat(measured.head()).isEqualTo(tools.analyze("src/A.java", broken));

    Candidate missing = new Candidate(dir.resolve("Missing.java"), "src/Missing.java", null, ReviewedFile.Status.MODIFIED, List.of(), BASE);
    assertThat(reviewer(false).review(missing).measured()).isNull();
  }
}
