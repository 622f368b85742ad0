package io.github.reviewagent.metrics.cli;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.ParseProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code metrics-tool} command line: {@code [--format json|text] [--threads N] [--java-version N] PATH...}.
 * A library first: {@link #run} takes its streams and returns the exit code, so tests and the
 * {@link java.util.spi.ToolProvider} run it in-process; only {@link #main} exits the JVM.
 */
public final class Main {

  /** Every file parsed. */
  public static final int OK = 0;
  /** Some files could not be parsed; the others are still reported. */
  public static final int NOT_PARSED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;

  private static final String NAME = "metrics-tool";
  // Deeply nested expressions recurse deeply in JavaParser; worker stacks are sized for them.
  private static final long WORKER_STACK_BYTES = 16L << 20;

  private final PrintWriter out;
  private final PrintWriter err;

  public Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = new Main(out, err).run(List.of(args));
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line and returns the exit code; writes results to the output stream. */
  public int run(List<String> args) {
    try {
      CliOptions options = CliOptions.parse(args);
      if (options.help()) {
        out.print(usage());
        checkWritten();
        return OK;
      }
      if (options.version()) {
        out.println(NAME + " " + version());
        checkWritten();
        return OK;
      }
      List<SourceFiles.Source> sources = SourceFiles.expand(options.paths());
      return measure(options, sources);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      err.println("Try '" + NAME + " --help' for the options.");
      err.flush();
      return USAGE;
    } catch (IOException | UncheckedIOException e) {
      err.println(NAME + ": cannot write the output: " + e.getMessage());
      err.flush();
      return NOT_PARSED;
    }
  }

  private int measure(CliOptions options, List<SourceFiles.Source> sources) throws IOException {
    MetricsAnalyzer analyzer = new MetricsAnalyzer(options.javaVersion());
    ReportWriter writer = options.format() == CliOptions.Format.JSON ? new JsonReportWriter(out) : new TextReportWriter(out);
    int threads = Math.min(options.threads(), Math.max(1, sources.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
    int failed = 0;
    try {
      // A bounded window of files in flight keeps the order deterministic and memory flat.
      Deque<Future<FileReport>> window = new ArrayDeque<>();
      int next = 0;
      while (next < sources.size() || !window.isEmpty()) {
        while (next < sources.size() && window.size() < threads * 4) {
          SourceFiles.Source source = sources.get(next++);
          window.add(pool.submit(() -> measure(analyzer, source, options.encoding())));
        }
        FileReport report = take(window.poll());
        writer.file(report);
        if (!report.parsed()) {
          failed++;
          ParseProblem p = report.error();
          err.printf("%s: %s:%d:%d: %s%n", NAME, report.path(), p.line(), p.column(), p.message());
        }
      }
      writer.finish();
    } finally {
      pool.shutdownNow();
      out.flush();
      err.flush();
    }
    checkWritten();
    return failed == 0 ? OK : NOT_PARSED;
  }

  /** A PrintWriter swallows write errors (a full disk, a closed pipe); a lost report must not pass for success. */
  private void checkWritten() throws IOException {
    if (out.checkError()) {
      throw new IOException("writing failed (is the disk full, or the reading end of a pipe closed?)");
    }
  }

  private static FileReport measure(MetricsAnalyzer analyzer, SourceFiles.Source source, Charset encoding) {
    String text;
    try {
      text = new String(Files.readAllBytes(source.file()), encoding);
    } catch (IOException e) {
      return FileReport.failed(source.name(), new ParseProblem(0, 0, "cannot read the file: " + reason(e)), 0);
    }
    try {
      return analyzer.analyze(source.name(), text);
    } catch (RuntimeException | StackOverflowError e) {
      // One pathological file must not cost the report of all the others.
      return FileReport.failed(source.name(), new ParseProblem(0, 0, "could not be measured: " + e), 0);
    }
  }

  /** The cause in words, without the absolute path the exception repeats: the report already names the file. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static FileReport take(Future<FileReport> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("measuring failed", e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory workers() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(null, task, NAME + "-" + count.incrementAndGet(), WORKER_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }

  static String usage() {
    int processors = Runtime.getRuntime().availableProcessors();
    return """
        Usage: metrics-tool [--format json|text] [--threads N] [--java-version N] [--encoding NAME] PATH...
        Measures every method and constructor of Java sources: cyclomatic, cognitive, npath, ncss, loc,
        maxNesting, parameters (PMD 7 and SonarQube definitions).
        A PATH is a .java file or a directory, walked for .java files.

          --format json|text   output format (default json)
          --threads N          files parsed in parallel (default: the available processors, here %d)
          --java-version N     the Java release whose syntax is accepted (default %d)
          --encoding NAME      the character set of the source files (default UTF-8)
          --help               print this help and exit
          --version            print the version and exit

        Exit status: 0 all files parsed; 1 some files could not be parsed (the others are still reported,
        the problems listed on standard error); 2 usage error.
        """.formatted(processors, MetricsAnalyzer.DEFAULT_JAVA_VERSION);
  }

  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
