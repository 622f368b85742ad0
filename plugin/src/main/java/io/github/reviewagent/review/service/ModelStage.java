package io.github.reviewagent.review.service;

import io.github.reviewagent.agent.FileUnderReview;
import io.github.reviewagent.agent.ModelReviewOutcome;
import io.github.reviewagent.agent.ModelReviewRequest;
import io.github.reviewagent.agent.ModelReviewSettings;
import io.github.reviewagent.agent.ModelReviewer;
import io.github.reviewagent.agent.tools.AgentTool;
import io.github.reviewagent.guidelines.GuidelineIndex;
import io.github.reviewagent.http.HttpLog;
import io.github.reviewagent.http.HttpSettings;
import io.github.reviewagent.http.RetryPolicy;
import io.github.reviewagent.provider.ModelProvider;
import io.github.reviewagent.provider.ProviderSettings;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Usage;
import io.github.reviewagent.suppression.Suppressions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.apache.maven.plugin.logging.Log;

/**
 * The model's part of a review: hands the reviewed files to the agent over the planned protocol, then treats
 * its findings as the offline ones are treated (the file's suppressions apply; {@code onChangedLine} is set from
 * the same changed lines), and says in the log what it cost. Never throws: whatever stops the model becomes the
 * {@link Result#problem()}.
 */
final class ModelStage {

  /** The longest wait for a connection; shorter when the whole answer may take less. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final BiFunction<ProviderSettings, HttpLog, ModelProvider> providers;
  private final LongSupplier clock;

  /** @param providers creates the wire to the server, e.g. {@code ModelProviders::create} */
  ModelStage(BiFunction<ProviderSettings, HttpLog, ModelProvider> providers, LongSupplier clock) {
    this.providers = providers;
    this.clock = clock;
  }

  /**
   * What the model added.
   *
   * @param findings source {@code model}, suppressions applied
   * @param rules    the rules those findings refer to
   * @param problem  why the model review did not finish, one sentence, or null when it did
   */
  record Result(List<Finding> findings, List<Rule> rules, Usage usage, List<String> notes, String problem) {

    static final Result NOTHING = new Result(List.of(), List.of(), Usage.NONE, List.of(), null);
  }

  /**
   * @param plan           how to reach the model
   * @param repositoryRoot what the model's paths are relative to
   * @param files          the reviewed files, only those the user included
   * @param excluded       true for a repository-relative path the user excluded from review: never read for the model
   * @param javaVersion    the Java release whose syntax the sources use
   * @param encoding       the sources' encoding, in which the model's tools read files as the review did
   * @param offline        the offline reviewer's findings, which model findings must not repeat
   */
  Result run(
      ModelPlan.Run plan,
      ModelSettings settings,
      int javaVersion,
      Charset encoding,
      Path repositoryRoot,
      List<FileReviewer.Result> files,
      Predicate<String> excluded,
      List<Finding> offline,
      Log log) {
    List<FileUnderReview> inputs = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (FileReviewer.Result file : files) {
      if (file.text() != null) {
        inputs.add(new FileUnderReview(file.file(), file.text(), file.baseText(), file.measured()));
        texts.put(file.file().path(), file.text());
      }
    }
    if (inputs.isEmpty()) {
      return Result.NOTHING;
    }
    ModelLimits limits = settings.limits();
    ModelReviewSettings defaults = ModelReviewSettings.defaults(settings.model(), limits.cacheDirectory());
    ModelReviewSettings agentSettings =
        new ModelReviewSettings(
            settings.model(),
            defaults.unitTokenBudget(),
            limits.concurrency(),
            defaults.maxToolRounds(),
            defaults.toolConcurrency(),
            defaults.toolTimeout(),
            limits.tokenBudget(),
            limits.timeout(),
            defaults.maxOutputTokens(),
            defaults.structuredOutputs(),
            limits.cacheDirectory(),
            javaVersion);
    GuidelineIndex guidelines = new GuidelineIndex(repositoryRoot, settings.guidelines());
    guidelines.problems().forEach(problem -> log.warn("Review guidelines: " + problem));
    List<AgentTool> tools =
        ModelReviewer.standardTools(repositoryRoot, inputs, agentSettings.javaVersion(), encoding, excluded, guidelines);
    if (plan.key().isEmpty()) {
      log.info(
          "No API key in " + plan.keySource() + ": " + settings.url().getHost()
              + " is on this machine and is asked without one");
    }
    long started = clock.getAsLong();
    ModelReviewOutcome outcome;
    try (ModelProvider provider = providers.apply(providerSettings(plan, settings), httpLog(log))) {
      outcome = new ModelReviewer().review(new ModelReviewRequest(inputs, offline, provider, tools, agentSettings));
    } catch (RuntimeException e) {
      // A bug must not cost the offline findings; the message is redacted in case the text came from outside.
      String problem = "an internal error stopped the model review (" + plan.key().redact(String.valueOf(e)) + ")";
      return new Result(List.of(), List.of(), Usage.NONE, List.of(), problem);
    }
    double seconds = (clock.getAsLong() - started) / 1e9;
    logOutcome(outcome, seconds, log);
    return new Result(suppressed(outcome.findings(), texts, javaVersion), outcome.rules(), outcome.usage(), outcome.notes(), outcome.problem());
  }

  /**
   * Gets the model review ready on a spare core while the offline review runs: creates and closes a provider (the
   * HTTP client with its TLS set-up) and runs the agent on a sample ({@link ModelReviewer#warmUp}). Sends nothing.
   */
  void warmUp(ModelPlan.Run plan, ModelSettings settings) {
    providers.apply(providerSettings(plan, settings), HttpLog.NONE).close();
    ModelReviewer.warmUp();
  }

  /** The provider's settings: the timeouts of review.requestTimeout, the one retry policy, proxy and offline guard. */
  static ProviderSettings providerSettings(ModelPlan.Run plan, ModelSettings settings) {
    Duration answer = settings.limits().requestTimeout();
    Duration connect = answer.compareTo(CONNECT_TIMEOUT) < 0 ? answer : CONNECT_TIMEOUT;
    HttpSettings http =
        new HttpSettings(connect, answer, answer.plus(connect), RetryPolicy.DEFAULT, settings.proxy(), settings.offline());
    // An Assistants turn is one answer too: its run may take as long as an answer may.
    return new ProviderSettings(plan.kind(), settings.url(), settings.model(), plan.key(), plan.keySource(), http, answer);
  }

  /** The model's findings under each file's own suppressions, as the offline findings are. */
  private static List<Finding> suppressed(List<Finding> findings, Map<String, String> texts, int javaVersion) {
    Map<String, List<Finding>> byPath = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byPath.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
    }
    List<Finding> out = new ArrayList<>();
    byPath.forEach((path, list) -> out.addAll(Suppressions.of(texts.getOrDefault(path, ""), javaVersion).apply(list)));
    return out;
  }

  private static void logOutcome(ModelReviewOutcome outcome, double seconds, Log log) {
    ModelReviewOutcome.Stats stats = outcome.stats();
    log.info(
        String.format(
            Locale.ROOT,
            "Model review: %d %s in %.1f s, %d reviewed (%d from the cache), %d of %d proposed findings kept",
            stats.units(),
            stats.units() == 1 ? "part" : "parts",
            seconds,
            stats.reviewed(),
            stats.cached(),
            outcome.findings().size(),
            stats.proposed()));
    Usage usage = outcome.usage();
    log.info(
        String.format(
            Locale.ROOT,
            "Model usage: %,d requests, %,d input tokens (%,d cached), %,d output tokens",
            usage.requests(),
            usage.inputTokens(),
            usage.cachedInputTokens(),
            usage.outputTokens()));
  }

  /** Retries and failed clean-ups as warnings, every call at debug level (-X). */
  private static HttpLog httpLog(Log log) {
    return new HttpLog() {
      @Override
      public void debug(String line) {
        log.debug(line);
      }

      @Override
      public void warn(String line) {
        log.warn(line);
      }
    };
  }
}
