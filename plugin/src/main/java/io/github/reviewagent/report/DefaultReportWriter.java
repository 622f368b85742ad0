package io.github.reviewagent.report;

import io.github.reviewagent.review.ReviewResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Writes the report files, each atomically (a temporary sibling renamed over the target), in the order of
 * {@link ReportFormat}. One format that fails does not stop the others: the error names every file that
 * could not be written, after the rest are on disk.
 */
@Named
@Singleton
public final class DefaultReportWriter implements ReportWriter {

  private final ToolInfo tool;

  /** For Maven's container: names the reports after this plugin and its version. */
  @Inject
  public DefaultReportWriter() {
    this(ToolInfo.current());
  }

  /** @param tool the tool the reports name, e.g. a fixed version for golden-file tests */
  public DefaultReportWriter(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public List<Path> write(
      ReviewResult result, Path directory, Set<ReportFormat> formats, Function<String, Optional<String>> sources)
      throws IOException {
    Files.createDirectories(directory);
    ReviewSummary review = new ReviewSummary(result);
    SourceFiles files = new SourceFiles(sources);
    EnumSet<ReportFormat> ordered = EnumSet.noneOf(ReportFormat.class);
    ordered.addAll(formats);
    List<Path> written = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Exception> causes = new ArrayList<>();
    for (ReportFormat format : ordered) {
      Path target = directory.resolve(format.fileName());
      try {
        AtomicFile.write(target, renderer(format).render(review, files));
        written.add(target);
      } catch (IOException | RuntimeException e) {
        problems.add(target + " (" + e + ")");
        causes.add(e);
      }
    }
    if (!problems.isEmpty()) {
      IOException failure =
          new IOException("Could not write " + String.join(", ", problems)
              + (written.isEmpty() ? "" : "; the other reports were written"), causes.get(0));
      causes.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
    return List.copyOf(written);
  }

  private ReportRenderer renderer(ReportFormat format) {
    return switch (format) {
      case SARIF -> new SarifRenderer(tool);
      case JSON -> new JsonRenderer(tool);
      case MARKDOWN -> new MarkdownRenderer(tool);
      case HTML -> new HtmlRenderer(tool);
      case GITLAB -> new GitLabRenderer(tool);
      case CHECKSTYLE -> new CheckstyleRenderer();
    };
  }
}
