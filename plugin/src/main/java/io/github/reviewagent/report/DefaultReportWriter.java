package io.github.reviewagent.report;

import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Usage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Writes the report files, each atomically (a temporary sibling renamed over the target), several at once. One
 * format that fails does not stop the others: the error names every file that could not be written, in the order
 * of {@link ReportFormat}, after the rest are on disk.
 */
@Named
@Singleton
public final class DefaultReportWriter implements ReportWriter {

  /** What {@link #warmUp} renders. */
  private static final ReviewResult NOTHING =
      new ReviewResult(
          ReviewResult.Status.COMPLETE, "offline", null, null, null, List.of(), List.of(), List.of(), Usage.NONE,
          new GateResult(null, false, ""), List.of());

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
    // The formats are independent: rendered and written side by side, on the machine's cores.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(ordered.size(), Runtime.getRuntime().availableProcessors())),
            task -> {
              Thread thread = new Thread(task, "review-reports");
              thread.setDaemon(true);
              return thread;
            });
    List<Path> written = new ArrayList<>();
    List<Path> failed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Exception> causes = new ArrayList<>();
    try {
      Map<Path, Future<?>> pending = new LinkedHashMap<>();
      for (ReportFormat format : ordered) {
        Path target = directory.resolve(format.fileName());
        pending.put(target, pool.submit(() -> {
          AtomicFile.write(target, renderer(format).render(review, files));
          return null;
        }));
      }
      for (Map.Entry<Path, Future<?>> report : pending.entrySet()) {
        try {
          report.getValue().get();
          written.add(report.getKey());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof IOException || e.getCause() instanceof RuntimeException) {
            failed.add(report.getKey());
            problems.add(reason(e.getCause()));
            causes.add((Exception) e.getCause());
          } else if (e.getCause() instanceof Error error) {
            throw error;
          } else {
            throw new IllegalStateException(e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the reports to " + directory);
    } finally {
      pool.shutdownNow();
    }
    if (!problems.isEmpty()) {
      IOException failure = new IOException(failureText(failed, problems, written.isEmpty()), causes.get(0));
      causes.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
    return List.copyOf(written);
  }

  /** One reason when every report failed for it (an unwritable directory), else each failed report with its own. */
  private static String failureText(List<Path> failed, List<String> reasons, boolean noneWritten) {
    if (noneWritten && reasons.stream().distinct().count() == 1) {
      return reasons.get(0) + " (none of the " + failed.size() + " reports was written)";
    }
    List<String> each = new ArrayList<>();
    for (int i = 0; i < failed.size(); i++) {
      each.add(failed.get(i) + " (" + reasons.get(i) + ")");
    }
    return "could not write " + String.join(", ", each) + (noneWritten ? "" : "; the other reports were written");
  }

  /** The cause in words, without the name of the temporary file it happened to, which means nothing to a user. */
  private static String reason(Throwable cause) {
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (cause instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  /** Renders an empty review in each format, in memory: loads and initialises the renderers and their libraries. */
  @Override
  public void warmUp(Set<ReportFormat> formats) {
    ReviewSummary review = new ReviewSummary(NOTHING);
    SourceFiles files = new SourceFiles(path -> Optional.empty());
    for (ReportFormat format : formats) {
      try {
        renderer(format).render(review, files);
      } catch (RuntimeException e) {
        // write() meets the same problem and reports it properly
      }
    }
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
