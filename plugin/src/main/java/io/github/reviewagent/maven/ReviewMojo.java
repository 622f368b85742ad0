package io.github.reviewagent.maven;

import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.http.Secret;
import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.service.KeySources;
import io.github.reviewagent.review.service.ModelLimits;
import io.github.reviewagent.review.service.ModelSettings;
import io.github.reviewagent.review.service.ModuleSources;
import io.github.reviewagent.review.service.Provider;
import io.github.reviewagent.review.service.ReviewException;
import io.github.reviewagent.review.service.ReviewOutcome;
import io.github.reviewagent.review.service.ReviewRequest;
import io.github.reviewagent.review.service.ReviewService;
import io.github.reviewagent.review.service.Scope;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Reviews the Java sources changed on the current branch: measures what the change did to the complexity of
 * every changed method, reports what is above the thresholds and, with an API key or a model server on this
 * machine, what a model found (SARIF, JSON, Markdown, HTML), and fails the build when a finding at or above
 * {@code review.failOn} is on a changed line.
 *
 * <p>In a multi-module build the goal runs in every module, but there is one combined review of all of them,
 * run once per execution of the goal, after the last module, with its reports at the execution root.
 */
@Mojo(name = "review", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReviewMojo extends AbstractMojo {

  private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Skips the review. In one module of a reactor: leaves that module's sources out of the combined review. */
  @Parameter(property = "review.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The git ref to compare with: the review covers the merge base of this ref and {@code HEAD} up to the working
   * tree, untracked files included. Unset or {@code auto} (in any case): the CI's target branch ({@code GITHUB_BASE_REF},
   * {@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}, {@code CHANGE_TARGET}), else GitLab's
   * {@code CI_MERGE_REQUEST_TARGET_BRANCH_SHA} or {@code CI_MERGE_REQUEST_DIFF_BASE_SHA} if that commit is in the
   * clone, else {@code origin/HEAD}, {@code origin/main}, {@code origin/master}, {@code main}, {@code master}
   * ({@code origin} meaning the only remote when that has another name).
   */
  @Parameter(property = "review.base")
  private String base;

  /**
   * {@code changed}: the files changed since the base; only findings on changed lines fail the build.
   * {@code all}: every source file, as an audit; every finding counts for {@code failOn}.
   */
  @Parameter(property = "review.scope", defaultValue = "changed")
  private String scope;

  /** Globs of the files to review, relative to each module's base directory. Only Java sources are reviewed. */
  @Parameter(property = "review.includes", defaultValue = "**/*.java")
  private List<String> includes;

  /** Globs of files not to review, relative to each module's base directory; they win over includes. */
  @Parameter(property = "review.excludes")
  private List<String> excludes;

  /**
   * Who reviews: {@code offline} (the embedded rules on metrics, no network), {@code chat} (Chat Completions),
   * {@code responses} (Responses API), {@code assistants} (Assistants API), or {@code auto}: {@code chat} when an
   * API key is found, else {@code offline}.
   */
  @Parameter(property = "review.provider", defaultValue = "auto")
  private String provider;

  /** The base URL of the OpenAI-compatible server. */
  @Parameter(property = "review.baseUrl", defaultValue = "https://api.openai.com/v1")
  private String baseUrl;

  /** The model name sent to the server. */
  @Parameter(property = "review.model", defaultValue = "gpt-5-mini")
  private String model;

  /** The environment variable that holds the API key. The key itself is never a parameter. */
  @Parameter(property = "review.apiKeyEnv", defaultValue = "OPENAI_API_KEY")
  private String apiKeyEnv;

  /** Alternatively, the id of a {@code <server>} in settings.xml whose (possibly encrypted) password is the key. */
  @Parameter(property = "review.serverId")
  private String serverId;

  /**
   * The lowest severity that fails the build: {@code none}, {@code info}, {@code minor}, {@code major},
   * {@code critical} or {@code blocker}. Suppressed findings never fail it.
   */
  @Parameter(property = "review.failOn", defaultValue = "critical")
  private String failOn;

  /**
   * {@code true}: a model that cannot be reached or answers garbage fails the build. {@code false}: warn loudly,
   * keep the offline findings and mark the review {@code partial}.
   */
  @Parameter(property = "review.failOnModelError", defaultValue = "false")
  private boolean failOnModelError;

  /**
   * Documents or folders of the team's review guidance, relative to the git repository root, that the model may
   * search (its {@code search_guidelines} tool) besides {@code CONTRIBUTING.md} and the {@code .review/} folder,
   * which are searched whenever they exist. A document may limit itself to some paths with a front matter
   * {@code paths: [...]}.
   */
  @Parameter(property = "review.guidelines")
  private List<String> guidelines;

  /**
   * Where the model's results are kept, by the reviewed code, model, protocol and instructions: a build that
   * reviews the same change again makes no model call. Under {@code target}, so {@code clean} empties it; point it
   * elsewhere (and cache that directory in CI) to keep it across clean builds.
   */
  @Parameter(property = "review.cacheDirectory", defaultValue = "${session.topLevelProject.build.directory}/review-cache")
  private File cacheDirectory;

  /** How many parts of the change are sent to the model at once. */
  @Parameter(property = "review.concurrency", defaultValue = "4")
  private int concurrency;

  /**
   * The most tokens (input plus output, as the server counts them) the model review of one build may use; 0 for no
   * limit. Parts that would exceed it are not sent, and the review says which.
   */
  @Parameter(property = "review.tokenBudget", defaultValue = "0")
  private long tokenBudget;

  /** Seconds the whole model review may take; parts not reviewed by then are named in the review. */
  @Parameter(property = "review.timeout", defaultValue = "900")
  private int timeout;

  /**
   * Seconds to wait for one answer of the model server before the request is retried (an Assistants run: before
   * it is cancelled). Raise it for a slow local model.
   */
  @Parameter(property = "review.requestTimeout", defaultValue = "300")
  private int requestTimeout;

  /** Where the reports go. */
  @Parameter(property = "review.outputDirectory", defaultValue = "${session.topLevelProject.build.directory}/review")
  private File outputDirectory;

  /** The reports to write: {@code sarif}, {@code json}, {@code markdown}, {@code html}, {@code gitlab}, {@code checkstyle}. */
  @Parameter(property = "review.formats", defaultValue = "sarif,json,markdown,html")
  private List<String> formats;

  /**
   * Thresholds and severities of the offline rules, by rule id. Each value is a threshold (a whole number: a
   * method is reported when its value is above it), a severity, both, or {@code off}:
   *
   * <pre>{@code
   * <rules>
   *   <complexity.cognitive>20</complexity.cognitive>
   *   <complexity.cyclomatic>15 critical</complexity.cyclomatic>
   *   <size.parameters>off</size.parameters>
   * </rules>
   * }</pre>
   *
   * Rules and defaults: {@code complexity.cognitive} 15 critical, {@code complexity.cyclomatic} 10 major,
   * {@code complexity.npath} 200 major, {@code size.parameters} 7 major, {@code size.ncss} 60 major,
   * {@code complexity.nesting} 4 major. The severity applies to new methods and to values the change raised; a
   * method that was already above the threshold and that the change only touched is reported as {@code info}.
   */
  @Parameter
  private Map<String, String> rules;

  /**
   * The Java release whose syntax the sources use, for parsing them (a release JavaParser knows). Defaults to what the build
   * compiles for: the compiler plugin's {@code release}, else its {@code source} (its configuration, else the
   * {@code maven.compiler.*} property, the command line's first), else 21.
   */
  @Parameter(property = "review.javaVersion")
  private String javaVersion;

  /** The encoding of the source files. */
  @Parameter(property = "review.encoding", defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  private final ReviewService service;
  private final ReactorReviews reactor;
  private final SettingsDecrypter decrypter;

  @Inject
  public ReviewMojo(ReviewService service, ReactorReviews reactor, SettingsDecrypter decrypter) {
    this.service = service;
    this.reactor = reactor;
    this.decrypter = decrypter;
    // Maven builds the goal just before running it: the review's start-up work (git, the report writers) begins
    // now, on another core, while Maven configures the goal and, in a reactor, builds the other modules. The
    // launcher names the project's top directory; the execution root is not known yet.
    service.prepare(topDirectory());
  }

  /** The directory Maven's launcher names as the project's top, or null. */
  private static Path topDirectory() {
    String top = System.getProperty("maven.multiModuleProjectDirectory");
    try {
      return top == null || top.isBlank() ? null : Path.of(top);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ReviewRequest request = null;
    if (skip) {
      getLog().info("Review skipped (review.skip=true)");
    } else {
      request = request();
    }
    List<String> expected = Reactor.expectedModules(session, mojoExecution);
    Arrival arrival =
        reactor.arrive(
            session.getRequest(), mojoExecution.getExecutionId(), expected, Reactor.id(project), project.isExecutionRoot(), request);
    if (arrival instanceof Arrival.Complete complete) {
      review(complete.request());
    } else if (arrival instanceof Arrival.Waiting waiting) {
      getLog().info(
          "Registered " + Reactor.id(project) + " for the reactor's review, which runs after the last module ("
              + waiting.arrived() + " of " + waiting.expected() + " registered)");
      if (waiting.arrived() == 1) {
        HeldBackReview.warnAtSessionEnd(session, mojoExecution.getExecutionId(), reactor, getLog());
      }
    } else if (arrival instanceof Arrival.AllSkipped && expected.size() > 1) {
      getLog().info("Every module skipped the review: nothing reviewed");
    } else if (arrival instanceof Arrival.AlreadyReviewed) {
      getLog().info("The reactor was already reviewed in this build");
    }
  }

  private void review(ReviewRequest request) throws MojoExecutionException, MojoFailureException {
    ReviewOutcome outcome;
    try {
      outcome = service.review(request, getLog());
    } catch (ReviewException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    GateResult gate = outcome.result().gate();
    if (gate.failed()) {
      String report =
          outcome.reports().stream()
              .filter(p -> p.getFileName().toString().equals(ReportFormat.MARKDOWN.fileName()))
              .findFirst()
              .or(() -> outcome.reports().stream().findFirst())
              .map(p -> " See " + p + ".")
              .orElse("");
      if (outcome.modelProblem() != null && request.model().failOnModelError()) {
        // The review could not run as configured: a build error, not a verdict on the code.
        throw new MojoExecutionException("Review failed: " + gate.reason() + report);
      }
      throw new MojoFailureException("Review failed: " + gate.reason() + report);
    }
  }

  /** This module's request; checks every parameter, so a bad value fails before anything runs. */
  ReviewRequest request() throws MojoExecutionException {
    try {
      ModelSettings modelSettings = modelSettings();
      ModuleSources sources =
          new ModuleSources(
              Reactor.id(project),
              project.getBasedir().toPath(),
              Reactor.sourceRoots(project),
              entries(includes).isEmpty() ? List.of("**/*.java") : entries(includes),
              entries(excludes));
      return new ReviewRequest(
          Path.of(session.getExecutionRootDirectory()),
          List.of(sources),
          base == null || base.isBlank() ? null : base.strip(),
          Scope.parse(scope),
          modelSettings,
          failOn(),
          OfflineConfig.parse(rules, "rules"),
          directory(outputDirectory, "review.outputDirectory"),
          formats(),
          charset(),
          JavaRelease.resolve(javaVersion, JavaRelease.compilerProperties(project, session.getUserProperties())));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * The model settings; reads settings.xml (the server's password, the proxy) only when a model may be asked. The
   * key of review.apiKeyEnv is read when the review runs.
   */
  private ModelSettings modelSettings() {
    Provider chosen = Provider.parse(provider);
    SettingsAccess access = new SettingsAccess(session.getSettings(), decrypter);
    boolean mayAskModel = chosen != Provider.OFFLINE;
    KeySources keys = new KeySources(apiKeyEnv(), serverId, mayAskModel ? access.serverPassword(serverId) : Secret.NONE);
    ModelLimits limits =
        new ModelLimits(
            cacheDirectory == null ? null : directory(cacheDirectory, "review.cacheDirectory"),
            concurrency,
            tokenBudget,
            Duration.ofSeconds(timeout),
            Duration.ofSeconds(requestTimeout));
    ProxySettings proxy = mayAskModel ? access.proxyFor(baseUrl) : ProxySettings.NONE;
    return new ModelSettings(
        chosen, baseUrl, model, keys, failOnModelError, limits, proxy, session.isOffline(), entries(guidelines));
  }

  /**
   * review.apiKeyEnv, when it can name an environment variable. Anything else is most likely the key itself, so
   * the message never repeats it: the review names the variable in its log and reports.
   */
  private String apiKeyEnv() {
    if (apiKeyEnv != null && !apiKeyEnv.isBlank() && !ENVIRONMENT_VARIABLE.matcher(apiKeyEnv.strip()).matches()) {
      throw new IllegalArgumentException(
          "review.apiKeyEnv is not the name of an environment variable (letters, digits and _): give the name of"
              + " the variable that holds the API key, e.g. OPENAI_API_KEY, never the key itself. If that was the"
              + " key, keep it out of the build configuration: Maven prints the goal's parameters with -X");
    }
    return apiKeyEnv;
  }

  /** The severity that fails the build, or null for {@code none}. */
  private Severity failOn() {
    if (failOn != null && failOn.strip().equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(failOn, "review.failOn");
    } catch (IllegalArgumentException e) {
      // Not chained: Maven would print the cause's own advice, which leaves out none, after this one.
      throw new IllegalArgumentException(
          "review.failOn has the value '" + failOn + "'; use none, info, minor, major, critical or blocker");
    }
  }

  /**
   * A directory parameter's value, when it can be a directory. Found to be a file only later, the reports' directory
   * would cost the whole review, and the cache's would silently keep nothing.
   */
  private static Path directory(File value, String parameter) {
    Path directory = value.toPath().toAbsolutePath();
    for (Path existing = directory; existing != null; existing = existing.getParent()) {
      if (Files.isDirectory(existing)) {
        break;
      }
      if (Files.exists(existing)) {
        throw new IllegalArgumentException(
            parameter + " is '" + directory + "', " + (existing.equals(directory) ? "which" : "but " + existing)
                + " is a file, not a directory: name a directory");
      }
    }
    return value.toPath();
  }

  private Set<ReportFormat> formats() {
    return Set.copyOf(entries(formats).stream().map(ReviewMojo::format).toList());
  }

  /**
   * A list parameter's entries, stripped, without empty ones: Maven makes an empty entry of a comma list
   * ({@code a,,b}, a trailing comma) a null.
   */
  private static List<String> entries(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }

  private static ReportFormat format(String value) {
    for (ReportFormat format : ReportFormat.values()) {
      if (format.id().equalsIgnoreCase(value.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "review.formats has the value '" + value + "'; use one or more of "
            + Arrays.stream(ReportFormat.values()).map(ReportFormat::id).collect(Collectors.joining(", ")));
  }

  private Charset charset() {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "review.encoding has the value '" + encoding + "', which this Java runtime does not know; use e.g. UTF-8", e);
    }
  }
}
