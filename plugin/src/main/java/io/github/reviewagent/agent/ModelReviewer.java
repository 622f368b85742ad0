package io.github.reviewagent.agent;

import com.github.javaparser.JavaParser;
import io.github.reviewagent.agent.tools.AgentTool;
import io.github.reviewagent.agent.tools.CodeMetricsTool;
import io.github.reviewagent.agent.tools.ReadFileTool;
import io.github.reviewagent.agent.tools.SearchGuidelinesTool;
import io.github.reviewagent.guidelines.GuidelineIndex;
import io.github.reviewagent.metrics.tool.MeasuredFile;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The model reviewer: cuts the change into review units, has the model review them concurrently (one
 * conversation per unit, with tools), and keeps only the findings the code bears out. Works the same over
 * every {@link io.github.reviewagent.provider.ModelProvider}. A failing model never throws here: the outcome
 * is marked partial and its notes say what was not reviewed and why; the caller decides whether that fails
 * the build.
 */
public final class ModelReviewer {

  /**
   * The standard tools: {@code get_code_metrics} over the repository, with the base text of each changed file and
   * the review's measurements of the files (answered from while a file is unchanged, not parsed again);
   * {@code read_file}, confined to the repository and to what the user did not exclude, with the agent's redaction
   * (only when the root is a git working tree: without git's view, ignored files could not be told apart); and
   * {@code search_guidelines}, only when the team has guidance to search (no tool for the model to call in vain).
   *
   * @param encoding   the Java sources' encoding ({@code review.encoding}), in which both tools read the files, as
   *                   the review read them
   * @param excluded   true for a repository-relative path the user excluded from review (see {@link ReadFileTool})
   * @param guidelines the review's guideline index
   */
  public static List<AgentTool> standardTools(
      Path repositoryRoot,
      List<FileUnderReview> files,
      int javaVersion,
      Charset encoding,
      Predicate<String> excluded,
      GuidelineIndex guidelines) {
    Map<String, String> bases = new LinkedHashMap<>();
    Map<String, MeasuredFile> measured = new LinkedHashMap<>();
    for (FileUnderReview file : files) {
      if (file.baseText() != null) {
        bases.put(file.path(), file.baseText());
      }
      if (file.measured() != null) {
        measured.put(file.path(), file.measured());
      }
    }
    ReadFileTool readFile =
        Files.exists(repositoryRoot.resolve(".git"))
            ? new ReadFileTool(repositoryRoot, excluded, ReadFileTool.Caps.DEFAULT, Redactor::redact, encoding)
            : null;
    // get_code_metrics sends method names and signatures: it may measure what read_file may read, and the
    // files under review, whose text the model has anyway.
    Set<String> reviewed = files.stream().map(FileUnderReview::path).collect(Collectors.toUnmodifiableSet());
    Function<String, Optional<String>> refusal =
        path -> reviewed.contains(path) ? Optional.empty()
            : readFile != null ? readFile.refusal(path)
            : excluded.test(path) ? Optional.of("\"" + path + "\" is excluded from this review: review with the code you have")
            : Optional.empty();
    List<AgentTool> tools = new ArrayList<>();
    tools.add(new CodeMetricsTool(repositoryRoot, bases, javaVersion, measured, refusal, encoding));
    if (readFile != null) {
      tools.add(readFile);
    }
    if (!guidelines.documents().isEmpty()) {
      tools.add(new SearchGuidelinesTool(guidelines));
    }
    return List.copyOf(tools);
  }

  /**
   * Runs the agent's own work once on a small sample and forgets the result, so that its classes are loaded and
   * initialised before the first request: what the model is sent (a prompt, tool definitions, the cache key) and
   * how its answer is read. Sends nothing, writes nothing and never throws; meant for a spare core while the
   * offline review runs, or while the first requests are in flight.
   */
  public static void warmUp() {
    String text = "class Warm {\n  int f(int a) {\n    return a;\n  }\n}\n";
    FileUnderReview file =
        new FileUnderReview(
            new ReviewedFile("Warm.java", null, ReviewedFile.Status.ADDED, List.of(new LineRange(1, 5)), List.of(), null),
            text, null, null);
    int budget = ModelReviewSettings.DEFAULT_UNIT_TOKEN_BUDGET;
    try {
      SourceFile source =
          SourceFile.of(file, SourceFile.parser(MetricsAnalyzer.DEFAULT_JAVA_VERSION), UnitPlanner.wholeFileTokens(budget));
      for (ReviewUnit unit : new UnitPlanner(budget).plan(List.of(source))) {
        UnitReviewer.warmUp(unit);
      }
    } catch (RuntimeException e) {
      // only a preparation: the review itself meets any problem and handles it
    }
  }

  /** Reviews the request's files; never throws for model failures, bad answers or broken tools. */
  public ModelReviewOutcome review(ModelReviewRequest request) {
    ModelReviewSettings settings = request.settings();
    long deadline = System.nanoTime() + settings.reviewTimeout().toNanos();
    JavaParser parser = SourceFile.parser(settings.javaVersion());
    List<SourceFile> files = request.files().stream().map(f -> SourceFile.of(f, parser, UnitPlanner.wholeFileTokens(settings.unitTokenBudget()))).toList();
    List<ReviewUnit> units = new UnitPlanner(settings.unitTokenBudget()).plan(files);
    UsageMeter meter = new UsageMeter(settings.buildTokenBudget());

    ExecutorService toolPool = Executors.newFixedThreadPool(settings.toolConcurrency(), daemons("review-agent-tool"));
    ExecutorService unitPool = Executors.newFixedThreadPool(settings.concurrency(), daemons("review-agent-unit"));
    List<UnitResult> results = new ArrayList<>();
    UnitReviewer reviewer;
    try {
      ToolRegistry registry = new ToolRegistry(request.tools(), toolPool, settings.toolTimeout());
      reviewer =
          new UnitReviewer(request.provider(), registry, settings, new ResultCache(settings.cacheDirectory()), meter, deadline);
      List<Future<UnitResult>> running = new ArrayList<>();
      for (ReviewUnit unit : units) {
        running.add(unitPool.submit(() -> reviewer.review(unit)));
      }
      // While the first requests are in flight, what comes after the answers gets ready (quick when done before).
      warmUp();
      for (int i = 0; i < units.size(); i++) {
        results.add(await(units.get(i), running.get(i), deadline, settings.reviewTimeout()));
      }
    } finally {
      unitPool.shutdownNow();
      toolPool.shutdownNow();
    }
    return outcome(request, files, units, results, reviewer.notes(), meter);
  }

  /** The unit's result, or not reviewed once the review's deadline passes, even with a request still in flight. */
  private static UnitResult await(ReviewUnit unit, Future<UnitResult> future, long deadline, Duration reviewTimeout) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return UnitResult.notReviewed(unit, "the review timeout of " + reviewTimeout + " was reached before it finished", List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return UnitResult.notReviewed(unit, "the build was interrupted", List.of());
    } catch (ExecutionException e) {
      return UnitResult.notReviewed(unit, "an internal error stopped it (" + e.getCause() + ")", List.of());
    }
  }

  private static ModelReviewOutcome outcome(
      ModelReviewRequest request,
      List<SourceFile> files,
      List<ReviewUnit> units,
      List<UnitResult> results,
      List<String> runNotes,
      UsageMeter meter) {
    FindingVerifier verifier = new FindingVerifier(files, request.offlineFindings());
    List<FindingVerifier.UnitProposals> proposals = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int reviewed = 0;
    int cached = 0;
    String firstReason = null;
    for (UnitResult result : results) {
      notes.addAll(result.notes());
      switch (result.status()) {
        case CACHED -> cached++;
        case NOT_REVIEWED -> {
          firstReason = firstReason == null ? result.reason() : firstReason;
          notes.add(
              "Not reviewed by the model: " + result.unit().describe() + " (unit " + (result.unit().index() + 1) + " of "
                  + units.size() + "): " + sentence(result.reason()));
        }
        case REVIEWED -> { }
      }
      if (result.status() != UnitResult.Status.NOT_REVIEWED) {
        reviewed++;
        verifier.unreadable(result.malformed());
        proposals.add(new FindingVerifier.UnitProposals(result.findings(), result.unit().files()));
      }
    }
    notes.addAll(runNotes);
    List<Finding> findings = verifier.verify(proposals);
    verifier.summary().ifPresent(notes::add);
    Set<String> used = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
    List<Rule> rules = ModelRules.all().stream().filter(r -> used.contains(r.id())).toList();
    var stats =
        new ModelReviewOutcome.Stats(
            units.size(), reviewed, cached, verifier.proposed, verifier.dropped, verifier.reanchored, verifier.corrected, verifier.merged);
    int missed = units.size() - reviewed;
    String problem =
        missed == 0
            ? null
            : missed + " of " + units.size() + (units.size() == 1 ? " part" : " parts") + " of the change not reviewed by the model, "
                + (missed > 1 ? "the first because " : "because ") + firstReason;
    return new ModelReviewOutcome(findings, rules, meter.total(), problem, notes, stats);
  }

  /** Server messages often end in a period already. */
  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
