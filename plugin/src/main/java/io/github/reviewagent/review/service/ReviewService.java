package io.github.reviewagent.review.service;

import io.github.reviewagent.gate.GatePolicy;
import io.github.reviewagent.gate.QualityGate;
import io.github.reviewagent.git.ChangeDetector;
import io.github.reviewagent.git.ChangeSet;
import io.github.reviewagent.git.ChangedPath;
import io.github.reviewagent.git.GitException;
import io.github.reviewagent.git.JGitChangeDetector;
import io.github.reviewagent.git.NotAGitRepositoryException;
import io.github.reviewagent.http.HttpLog;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.ParseProblem;
import io.github.reviewagent.metrics.diff.MetricsDiff;
import io.github.reviewagent.offline.OfflineReviewer;
import io.github.reviewagent.provider.ModelProvider;
import io.github.reviewagent.provider.ModelProviders;
import io.github.reviewagent.provider.ProviderSettings;
import io.github.reviewagent.report.ConsoleReport;
import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.report.ReportWriter;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Usage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Runs a review: selects the files, measures and reviews them, gates, writes the reports and logs the
 * summary. The reports are written in every case in which the review ran, also when the gate fails or a file
 * does not parse.
 */
@Named
@Singleton
public final class ReviewService {

  private final Function<Charset, ChangeDetector> changes;
  private final ReportWriter reports;
  private final Function<String, String> environment;
  private final BiFunction<ProviderSettings, HttpLog, ModelProvider> providers;
  private final LongSupplier clock;
  private final WarmUp warmUp = new WarmUp();

  @Inject
  public ReviewService(ReportWriter reports) {
    // A detector per review: it caches what it read of the working tree, and this singleton outlives builds
    // in the Maven daemon.
    this(encoding -> new JGitChangeDetector(System::getenv, encoding), reports, System::getenv, ModelProviders::create, System::nanoTime);
  }

  /**
   * @param changes     gives the change detector for one review, reading the sources in the given encoding
   * @param environment looks up environment variables (the API key)
   * @param providers   creates the wire to a model server
   * @param clock       nanoseconds, for progress lines and timings
   */
  ReviewService(
      Function<Charset, ChangeDetector> changes,
      ReportWriter reports,
      Function<String, String> environment,
      BiFunction<ProviderSettings, HttpLog, ModelProvider> providers,
      LongSupplier clock) {
    this.changes = changes;
    this.reports = reports;
    this.environment = environment;
    this.providers = providers;
    this.clock = clock;
  }

  /**
   * Starts, on background threads, what a review needs: JGit (its classes, git's configuration, the repository that
   * contains {@code directory} and its base), then, when the working tree differs from the base, the Java parser and
   * the metrics; and the report writers. Call it as early as possible, so that this overlaps with Maven's own work;
   * it changes nothing a review finds.
   *
   * @param directory a directory of the project, or null when none is known yet (then git is only half prepared)
   */
  public void prepare(Path directory) {
    warmUp.start(
        Map.of(
            "review-warm-up-git",
            () -> {
              // Warming up decodes no text, so any encoding does.
              if (changes.apply(StandardCharsets.UTF_8).warmUp(directory == null ? null : Paths.canonical(directory), null)) {
                new MetricsDiff(new MetricsAnalyzer()).warmUp();
              }
            },
            "review-warm-up-reports",
            () -> reports.warmUp(EnumSet.allOf(ReportFormat.class))));
  }

  /**
   * Never reports a model review that did not finish as complete: the review is then {@code partial}, the gate's
   * reason says why, and {@link ReviewOutcome#modelProblem()} names the problem.
   *
   * @throws ReviewException when the review cannot run (git trouble such as a missing base ref) or the reports
   *     cannot be written; the message says what to do
   */
  public ReviewOutcome review(ReviewRequest request, Log log) throws ReviewException {
    List<String> notes = new ArrayList<>();
    ModelSettings model = request.model();
    ModelPlan plan = ModelPlan.of(model, environment);
    if (plan instanceof ModelPlan.Run run) {
      // The model review's start-up overlaps with finding and measuring the change.
      warmUp.start(Map.of("review-warm-up-model", () -> new ModelStage(providers, clock).warmUp(run, model)));
    }
    long started = clock.getAsLong();
    Selection selection = select(request, notes);
    long selected = clock.getAsLong();
    OfflineReviewer offline = new OfflineReviewer(request.rules());
    List<FileReviewer.Result> results = List.of();
    if (!selection.candidates().isEmpty()) {
      log.info(
          "Reviewing " + selection.candidates().size() + (selection.audit() ? " Java files" : " changed Java files")
              + " of " + request.modules().size() + (request.modules().size() == 1 ? " module" : " modules")
              + (selection.baseRef() == null ? "" : " against " + selection.baseRef() + " (" + abbreviate(selection.baseCommit()) + ")")
              + " with the offline reviewer"
              + (plan instanceof ModelPlan.Run run
                  ? " and model " + model.model() + " (" + run.kind().id() + " at " + model.url().getHost() + ")"
                  : ""));
      FileReviewer fileReviewer =
          new FileReviewer(request.javaVersion(), offline, request.encoding(), selection.audit());
      results = reviewAll(fileReviewer, selection.candidates(), log);
    }
    long reviewed = clock.getAsLong();

    List<ReviewedFile> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    boolean partial = false;
    for (FileReviewer.Result result : results) {
      files.add(result.file());
      findings.addAll(result.findings());
      notes.addAll(result.notes());
      if (result.text() != null) {
        texts.put(result.file().path(), result.text());
      }
      partial |= result.file().parseError() != null;
    }
    ModelStage.Result modelResult = modelStage(plan, request, selection, results, findings, log);
    long modelReviewed = clock.getAsLong();
    findings.addAll(modelResult.findings());
    notes.addAll(modelResult.notes());
    String modelProblem = modelResult.problem();
    if (modelProblem != null) {
      partial = true;
      warnLoudly(plan, model, modelProblem, notes, log);
    }
    findings.sort(
        Comparator.comparing(Finding::path).thenComparingInt(Finding::startLine).thenComparing(Finding::ruleId));
    GateResult gate =
        QualityGate.evaluate(new GatePolicy(request.failOn(), !selection.audit(), model.failOnModelError()), findings, modelProblem);
    ReviewResult result =
        new ReviewResult(
            partial ? ReviewResult.Status.PARTIAL : ReviewResult.Status.COMPLETE,
            providerId(plan),
            plan instanceof ModelPlan.OfflineOnly ? null : model.model(),
            selection.baseRef(),
            selection.baseCommit(),
            files,
            rules(offline.rules(), modelResult.rules()),
            findings,
            modelResult.usage(),
            gate,
            notes);

    List<Path> written;
    try {
      written =
          reports.write(result, request.outputDirectory(), request.formats(), path -> Optional.ofNullable(texts.get(path)));
    } catch (IOException | RuntimeException e) {
      logSummary(result, request.outputDirectory(), log);
      throw new ReviewException(
          "Could not write the review reports to " + request.outputDirectory() + ": " + e.getMessage()
              + ". Check that review.outputDirectory is a writable directory.",
          e);
    }
    log.debug(
        "Review timings: selecting files " + millis(selected - started) + " ms, reviewing " + millis(reviewed - selected)
            + " ms, model review " + millis(modelReviewed - reviewed) + " ms, writing reports "
            + millis(clock.getAsLong() - modelReviewed) + " ms");
    logSummary(result, request.outputDirectory(), log);
    return new ReviewOutcome(result, written, modelProblem);
  }

  /** The model's part, as planned; nothing when there is nothing to review. */
  private ModelStage.Result modelStage(
      ModelPlan plan, ReviewRequest request, Selection selection, List<FileReviewer.Result> results, List<Finding> offline, Log log) {
    if (results.isEmpty()) {
      return ModelStage.Result.NOTHING;
    }
    if (plan instanceof ModelPlan.Run run) {
      SourceSelector selector = new SourceSelector(request.modules());
      Path root = selection.repositoryRoot();
      return new ModelStage(providers, clock)
          .run(run, request.model(), request.javaVersion(), request.encoding(), root, results, path -> selector.excluded(Paths.canonical(root.resolve(path))), offline, log);
    }
    if (plan instanceof ModelPlan.Unavailable unavailable) {
      return new ModelStage.Result(List.of(), List.of(), Usage.NONE, List.of(), unavailable.problem());
    }
    String info = ((ModelPlan.OfflineOnly) plan).info();
    if (info != null) {
      log.info(info);
    }
    return ModelStage.Result.NOTHING;
  }

  /** A model review that did not finish is said at once, in a warning, and stays in the notes of every report. */
  private static void warnLoudly(ModelPlan plan, ModelSettings model, String problem, List<String> notes, Log log) {
    String consequence =
        model.failOnModelError()
            ? "review.failOnModelError is true: the build fails."
            : "The offline findings, and those the model gave before it stopped, are reported, and the review is"
                + " marked partial (review.failOnModelError=true fails the build instead).";
    String text =
        "The " + providerId(plan) + " model review did not finish: " + problem + (problem.endsWith(".") ? " " : ". ") + consequence;
    notes.add(text);
    log.warn(text);
  }

  private static String providerId(ModelPlan plan) {
    if (plan instanceof ModelPlan.Run run) {
      return run.kind().id();
    }
    if (plan instanceof ModelPlan.Unavailable unavailable) {
      return unavailable.provider().id();
    }
    return Provider.OFFLINE.id();
  }

  /** The offline rules, then the model's, each once. */
  private static List<Rule> rules(List<Rule> offline, List<Rule> model) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    offline.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
    model.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
    return List.copyOf(byId.values());
  }

  /** The console report: the summary at info, findings and notes as warnings, so CI logs highlight them. */
  private static void logSummary(ReviewResult result, Path outputDirectory, Log log) {
    boolean listing = false;
    for (String line : ConsoleReport.lines(result, outputDirectory)) {
      if (line.startsWith("Findings ") || line.equals("Notes:")) {
        listing = true;
        log.info(line);
      } else if (line.startsWith("Reports: ") || line.startsWith("Gate ")) {
        listing = false;
        log.info(line);
      } else if (listing) {
        log.warn(line);
      } else {
        log.info(line);
      }
    }
  }

  /**
   * What to review.
   *
   * @param audit          true when the whole code base is under review: {@code scope=all}, or no git repository
   * @param repositoryRoot what the reports' paths are relative to: the git work tree, else the execution root
   */
  private record Selection(String baseRef, String baseCommit, List<Candidate> candidates, boolean audit, Path repositoryRoot) {}

  private Selection select(ReviewRequest request, List<String> notes) throws ReviewException {
    SourceSelector selector = new SourceSelector(request.modules());
    Path executionRoot = Paths.canonical(request.executionRoot());
    if (request.scope() == Scope.ALL) {
      Path root = gitWorkTree(executionRoot).orElse(executionRoot);
      return new Selection(null, null, everything(selector, root), true, root);
    }
    ChangeSet changeSet;
    try {
      changeSet = changes.apply(request.encoding()).detect(executionRoot, request.baseRef());
    } catch (NotAGitRepositoryException e) {
      notes.add(
          e.getMessage() + " Every source file is reviewed instead, and every finding counts for review.failOn."
              + " Run the review in a git clone, or set -Dreview.scope=all to say that this is intended.");
      return new Selection(null, null, everything(selector, executionRoot), true, executionRoot);
    } catch (GitException e) {
      throw new ReviewException(e.getMessage(), e);
    }
    notes.addAll(changeSet.warnings());
    Path root = Paths.canonical(changeSet.repositoryRoot());
    notes.addAll(modulesOutside(root, request.modules()));
    List<Candidate> candidates = new ArrayList<>();
    for (ChangedPath changed : changeSet.files()) {
      Path file = Paths.canonical(root.resolve(changed.path()));
      if (selector.accepts(file)) {
        candidates.add(
            new Candidate(
                file, changed.path(), changed.previousPath(), changed.status(), changed.changedLines(), changed.baseContent()));
      }
    }
    for (String binary : changeSet.binaryFiles()) {
      if (selector.accepts(Paths.canonical(root.resolve(binary)))) {
        notes.add(
            binary + " was not reviewed: it looks binary (it has NUL bytes), as a Java source saved in UTF-16 does. Save it"
                + " in the sources' encoding, " + request.encoding().name() + " (review.encoding, by default"
                + " project.build.sourceEncoding), to have it reviewed; if the sources use another encoding, set"
                + " review.encoding to it.");
      }
    }
    if (candidates.isEmpty()) {
      notes.add(
          "No Java source of the build's modules changed since " + changeSet.baseRef() + " ("
              + abbreviate(changeSet.baseCommit()) + "): nothing to review"
              + (changeSet.files().isEmpty() ? "." : " (" + changeSet.files().size() + " other changed files ignored)."));
    }
    return new Selection(changeSet.baseRef(), changeSet.baseCommit(), candidates, false, root);
  }

  /**
   * Modules the change set cannot see, said rather than skipped in silence: git reports a nested repository or a
   * submodule as one entry, never the files in it, and knows nothing outside its work tree.
   */
  private static List<String> modulesOutside(Path root, List<ModuleSources> modules) {
    List<String> notes = new ArrayList<>();
    for (ModuleSources module : modules) {
      Path basedir = Paths.canonical(module.basedir());
      Optional<Path> own = gitWorkTree(basedir);
      if (own.isPresent() && !own.get().equals(root)) {
        notes.add(
            "Module " + module.id() + " is in the git repository " + own.get() + ", not in " + root
                + " whose changes this review compares: its changes are not reviewed. Run the review in " + own.get()
                + " to review them.");
      } else if (own.isEmpty() && !basedir.startsWith(root)) {
        notes.add(
            "Module " + module.id() + " (" + basedir + ") is outside the git repository " + root
                + " whose changes this review compares: its changes are not reviewed. Review it with -Dreview.scope=all.");
      }
    }
    return notes;
  }

  private static List<Candidate> everything(SourceSelector selector, Path root) throws ReviewException {
    List<Path> files;
    try {
      files = selector.all();
    } catch (IOException e) {
      throw new ReviewException("Could not list the source files: " + e.getMessage(), e);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Path file : files) {
      String path = file.startsWith(root) ? Paths.relative(root, file) : file.toString().replace('\\', '/');
      candidates.add(new Candidate(file, path, null, ReviewedFile.Status.UNCHANGED, List.of(), null));
    }
    return candidates;
  }

  /** Reviews the files on a few threads, in the candidates' order, with progress lines for long runs. */
  private List<FileReviewer.Result> reviewAll(FileReviewer reviewer, List<Candidate> candidates, Log log) throws ReviewException {
    int threads = Math.max(1, Math.min(candidates.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "review-worker");
              thread.setDaemon(true);
              return thread;
            });
    try {
      ExecutorCompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
      FileReviewer.Result[] results = new FileReviewer.Result[candidates.size()];
      for (int i = 0; i < candidates.size(); i++) {
        int index = i;
        completion.submit(
            () -> {
              results[index] = reviewSafely(reviewer, candidates.get(index));
              return index;
            });
      }
      Progress progress = new Progress(log, clock, candidates.size());
      for (int i = 0; i < candidates.size(); i++) {
        Future<Integer> done = completion.take();
        done.get();
        progress.step();
      }
      return List.of(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewException("The review was interrupted", e);
    } catch (ExecutionException e) {
      throw new ReviewException("The review failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A bug in measuring one file must not lose the others: it becomes a note on that file. */
  private static FileReviewer.Result reviewSafely(FileReviewer reviewer, Candidate candidate) {
    try {
      return reviewer.review(candidate);
    } catch (RuntimeException | StackOverflowError e) {
      ReviewedFile file =
          new ReviewedFile(
              candidate.path(),
              candidate.previousPath(),
              candidate.status(),
              candidate.changedLines(),
              List.of(),
              new ParseProblem(0, 0, "could not be measured: " + e));
      return new FileReviewer.Result(file, null, null, List.of(), List.of(), null);
    }
  }

  /** The work tree containing the directory, so that an audit's paths are relative to it as the reports want. */
  private static Optional<Path> gitWorkTree(Path directory) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(directory.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      builder.setup();
      return builder.getWorkTree() == null ? Optional.empty() : Optional.of(Paths.canonical(builder.getWorkTree().toPath()));
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static String abbreviate(String commit) {
    return commit == null || commit.length() <= 10 ? String.valueOf(commit) : commit.substring(0, 10);
  }
}
