package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultReportWriterTest {

  @TempDir Path directory;

  private final DefaultReportWriter writer = new DefaultReportWriter(ReviewFixtures.TOOL);

  @Test
  void createsTheDirectoryAndWritesOnlyTheAskedFormats() throws IOException {
    Path target = directory.resolve("target/review");
    List<Path> written =
        writer.write(ReviewFixtures.realistic(), target, Set.of(ReportFormat.HTML, ReportFormat.SARIF),
            ReviewFixtures.sources());
    assertThat(written).containsExactly(target.resolve("review.sarif"), target.resolve("review.html"));
    assertThat(listing(target)).containsExactly("review.html", "review.sarif");
  }

  @Test
  void writesEveryFormatLeavingNoTemporaryFiles() throws IOException {
    List<Path> written =
        writer.write(ReviewFixtures.realistic(), directory, EnumSet.allOf(ReportFormat.class), ReviewFixtures.sources());
    assertThat(written).hasSize(6);
    assertThat(listing(directory)).containsExactlyInAnyOrder(
        "review.sarif", "review.json", "review.md", "review.html", "gl-code-quality-report.json",
        "checkstyle-result.xml");
  }

  @Test
  void overwritesAnOlderReport() throws IOException {
    Files.writeString(directory.resolve("review.md"), "stale report from the last build, much longer than the new one "
        .repeat(200));
    writer.write(ReviewFixtures.empty(), directory, Set.of(ReportFormat.MARKDOWN), ReviewFixtures.sources());
    assertThat(Files.readString(directory.resolve("review.md"))).startsWith("## ✅").doesNotContain("stale");
  }

  @Test
  void sameReviewGivesByteIdenticalReports() throws IOException {
    writer.write(ReviewFixtures.realistic(), directory.resolve("a"), EnumSet.allOf(ReportFormat.class),
        ReviewFixtures.sources());
    writer.write(ReviewFixtures.realistic(), directory.resolve("b"), EnumSet.allOf(ReportFormat.class),
        ReviewFixtures.sources());
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(Files.readAllBytes(directory.resolve("b").resolve(format.fileName())))
          .as(format.fileName())
          .isEqualTo(Files.readAllBytes(directory.resolve("a").resolve(format.fileName())));
    }
  }

  @Test
  void oneFormatThatCannotBeWrittenDoesNotStopTheOthers() throws IOException {
    // A directory where review.html should go: the rename over it fails.
    Files.createDirectories(directory.resolve("review.html/occupied"));
    assertThatThrownBy(() ->
            writer.write(ReviewFixtures.realistic(), directory, EnumSet.of(ReportFormat.JSON, ReportFormat.HTML,
                ReportFormat.MARKDOWN), ReviewFixtures.sources()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("could not write " + directory.resolve("review.html") + " (")
        .hasMessageEndingWith("); the other reports were written")
        .hasMessageNotContaining(".tmp");
    assertThat(directory.resolve("review.json")).isRegularFile();
    assertThat(directory.resolve("review.md")).isRegularFile();
    assertThat(listing(directory)).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void reportsThatAllFailForOneReasonGiveItOnceWithoutTemporaryFileNames() throws IOException {
    EnumSet<ReportFormat> formats = EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MARKDOWN);
    for (ReportFormat format : formats) {
      Files.createDirectories(directory.resolve(format.fileName()).resolve("occupied"));
    }
    assertThatThrownBy(() -> writer.write(ReviewFixtures.realistic(), directory, formats, ReviewFixtures.sources()))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith(" (none of the 3 reports was written)")
        .hasMessageNotContaining(".tmp")
        .hasMessageNotContaining("review.json");
    assertThat(listing(directory)).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void noFormatsWritesNothing() throws IOException {
    assertThat(writer.write(ReviewFixtures.realistic(), directory, Set.of(), ReviewFixtures.sources())).isEmpty();
    assertThat(listing(directory)).isEmpty();
  }

  @Test
  void containerConstructorNamesThePlugin() {
    assertThat(ToolInfo.current().name()).isEqualTo("review-agent");
    assertThat(ToolInfo.current().version()).isNotBlank();
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
