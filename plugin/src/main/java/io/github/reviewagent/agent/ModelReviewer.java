package io.github.reviewagent.agent;

import com.github.javaparser.JavaParser;
import io.github.reviewagent.agent.tools.AgentTool;
import io.github.reviewagent.agent.tools.CodeMetricsTool;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The model reviewer: cuts the change into review units, has the model review them concurrently (one
 * conversation per unit, with tools), and keeps only the findings the code bears out. Works the same over
 * every {@link io.github.reviewagent.provider.ModelProvider}. A failing model never throws here: the outcome
 * is marked partial and its notes say what was not reviewed and why; the caller decides whether that fails
 * the build.
 */
public final class ModelReviewer {

  /** The standard tools: {@code get_code_metrics} over the repository, with the base text of each changed file. */
  public static List<AgentTool> standardTools(Path repositoryRoot, List<FileUnderReview> files, int javaVersion) {
    Map<String, String> bases = new LinkedHashMap<>();
    for (FileUnderReview file : files) {
      if (file.baseText() != null) {
        bases.put(file.path(), file.baseText());
      }
    }
    return List.of(new CodeMetricsTool(repositoryRoot, bases, javaVersion));
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
      for (int i = 0; i < units.size(); i++) {
        results.add(await(units.get(i), running.get(i)));
      }
    } finally {
      unitPool.shutdownNow();
      toolPool.shutdownNow();
    }
    return outcome(request, files, units, results, reviewer.notes(), meter);
  }

  private static UnitResult await(ReviewUnit unit, Future<UnitResult> future) {
    try {
      return future.get();
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
    for (UnitResult result : results) {
      notes.addAll(result.notes());
      switch (result.status()) {
        case CACHED -> cached++;
        case NOT_REVIEWED -> notes.add(
            "Not reviewed by the model: " + result.unit().describe() + " (unit " + (result.unit().index() + 1) + " of "
                + units.size() + "): " + result.reason() + ".");
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
    return new ModelReviewOutcome(findings, rules, meter.total(), reviewed < units.size(), notes, stats);
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
