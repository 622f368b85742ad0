package io.github.reviewagent.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.reviewagent.git.ChangeDetector;
import io.github.reviewagent.git.ChangeSet;
import io.github.reviewagent.git.ChangedPath;
import io.github.reviewagent.git.GitException;
import io.github.reviewagent.git.JGitChangeDetector;
import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.report.ReportWriter;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over a fake change detector and a recording report writer. The sources use the parameter count
 * (size.parameters, threshold 7, major) to produce findings.
 */
class ReviewServiceTest {

  private static final String SEVEN = "int a, int b, int c, int d, int e, int f, int g";
  private static final String EIGHT = SEVEN + ", int h";
  private static final String NINE = EIGHT + ", int i";

  @TempDir Path dir;

  private Path root;
  private final RecordingLog log = new RecordingLog();
  private final RecordingWriter writer = new RecordingWriter();

  @BeforeEach
  void setUp() {
    root = Paths.canonical(dir);
  }

  private static String source(String type, String parameters) {
    return "package a;\n\nclass " + type + " {\n  void run(" + parameters + ") {\n    a = b;\n  }\n}\n";
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void gitInit() throws Exception {
    Git.init().setDirectory(root.toFile()).call().close();
  }

  private ModuleSources module(String relative) {
    Path basedir = root.resolve(relative);
    return new ModuleSources(relative, basedir, List.of(basedir.resolve("src/main/java"), basedir.resolve("src/test/java")), List.of("**/*.java"), List.of());
  }

  private ReviewRequest request(Scope scope, Severity failOn, Provider provider, ModuleSources... modules) {
    return new ReviewRequest(
        root,
        List.of(modules),
        null,
        scope,
        new ModelSettings(
            provider, "https://api.openai.com/v1", "gpt-5-mini", KeySources.environment("OPENAI_API_KEY"), false,
            ModelLimits.defaults(null), ProxySettings.NONE, false, List.of()),
        failOn,
        OfflineConfig.defaults(),
        root.resolve("target/review"),
        Set.of(ReportFormat.JSON, ReportFormat.MARKDOWN),
        StandardCharsets.UTF_8, 21);
  }

  private static ModelSettings offlineSettings() {
    return new ModelSettings(
        Provider.OFFLINE, "https://api.openai.com/v1", "m", KeySources.environment("K"), false, ModelLimits.defaults(null),
        ProxySettings.NONE, false, List.of());
  }

  private ReviewService service(ChangeDetector detector) {
    return service(encoding -> detector, writer, System::nanoTime);
  }

  /** A service that must not ask a model: these tests are about the offline review. */
  private static ReviewService service(Function<Charset, ChangeDetector> detector, ReportWriter writer, LongSupplier clock) {
    return new ReviewService(
        detector, writer, name -> null, (settings, log) -> { throw new AssertionError("no model may be asked"); }, clock);
  }

  private static ChangedPath modified(String path, String base, LineRange... changed) {
    return new ChangedPath(path, null, ReviewedFile.Status.MODIFIED, List.of(changed), base);
  }

  private static ChangedPath added(String path) {
    return new ChangedPath(path, null, ReviewedFile.Status.ADDED, List.of(new LineRange(1, 7)), null);
  }

  private ChangeDetector changes(ChangedPath... files) {
    return (directory, baseRef) -> {
      assertThat(directory).isEqualTo(root);
      return new ChangeSet(root, baseRef == null ? "origin/main" : baseRef, "0123456789abcdef0123456789abcdef01234567", List.of(files), List.of(), List.of());
    };
  }

  @Test
  void reviewsWhatTheChangeDidGatesOnChangedLinesAndWritesReports() throws Exception {
    write("core/src/main/java/a/Worse.java", source("Worse", EIGHT));
    write("core/src/main/java/a/Touched.java", source("Touched", NINE) + "// edited\n");
    write("core/src/main/java/a/New.java", source("New", EIGHT));
    write("core/README.md", "not Java");
    ChangeDetector detector =
        changes(
            modified("core/src/main/java/a/Worse.java", source("Worse", SEVEN), new LineRange(4, 4)),
            modified("core/src/main/java/a/Touched.java", source("Touched", NINE), new LineRange(4, 4)),
            added("core/src/main/java/a/New.java"),
            added("core/README.md"));

    ReviewOutcome outcome = service(detector).review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log);

    ReviewResult result = outcome.result();
    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(result.provider()).isEqualTo("offline");
    assertThat(result.model()).isNull();
    assertThat(result.baseRef()).isEqualTo("origin/main");
    assertThat(result.files()).extracting(ReviewedFile::path)
        .containsExactly("core/src/main/java/a/Worse.java", "core/src/main/java/a/Touched.java", "core/src/main/java/a/New.java");
    assertThat(result.findings())
        .extracting(Finding::path, Finding::severity, Finding::onChangedLine)
        .containsExactly(
            tuple("core/src/main/java/a/New.java", Severity.MAJOR, true),
            tuple("core/src/main/java/a/Touched.java", Severity.INFO, true),
            tuple("core/src/main/java/a/Worse.java", Severity.MAJOR, true));
    assertThat(result.findings().get(2).message()).contains("raised the parameter count of Worse.run(int,int,int,int,int,int,int,int) from 7 to 8");
    assertThat(result.gate().failed()).isTrue();
    assertThat(result.gate().reason()).startsWith("2 findings at or above major on changed lines (2 size.parameters)");
    assertThat(result.rules()).extracting(r -> r.id()).contains("size.parameters", "complexity.cognitive");
    assertThat(writer.calls).singleElement().satisfies(call -> {
      assertThat(call.result()).isSameAs(result);
      assertThat(call.directory()).isEqualTo(root.resolve("target/review"));
      assertThat(call.formats()).containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.MARKDOWN);
      assertThat(call.sources().apply("core/src/main/java/a/New.java")).contains(source("New", EIGHT));
      assertThat(call.sources().apply("core/README.md")).isEmpty();
    });
    assertThat(outcome.reports()).containsExactly(root.resolve("target/review/review.json"));
    assertThat(log.lines())
        .contains("INFO Reviewing 3 changed Java files of 1 module against origin/main (0123456789) with the offline reviewer")
        .anySatisfy(line -> assertThat(line).startsWith("WARN core/src/main/java/a/Worse.java:4 major size.parameters This change raised"));
  }

  @Test
  void withARealRepositoryTheChangeIsComputedByGit() throws Exception {
    write("core/src/main/java/a/Worse.java", source("Worse", SEVEN));
    write("core/src/main/java/a/Same.java", source("Same", NINE));
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("base").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
    }
    write("core/src/main/java/a/Worse.java", source("Worse", EIGHT));
    write("core/src/main/java/a/New.java", source("New", SEVEN));
    ReviewRequest request =
        new ReviewRequest(
            root, List.of(module("core")), "main", Scope.CHANGED,
            offlineSettings(), Severity.MAJOR, OfflineConfig.defaults(),
            root.resolve("target/review"), Set.of(ReportFormat.JSON), StandardCharsets.UTF_8, 21);

    ReviewResult result = service(new JGitChangeDetector(name -> null)).review(request, log).result();

    assertThat(result.baseRef()).isEqualTo("main");
    assertThat(result.baseCommit()).hasSize(40);
    assertThat(result.files()).extracting(ReviewedFile::path, ReviewedFile::status)
        .containsExactly(
            tuple("core/src/main/java/a/New.java", ReviewedFile.Status.ADDED),
            tuple("core/src/main/java/a/Worse.java", ReviewedFile.Status.MODIFIED));
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("core/src/main/java/a/Worse.java");
      assertThat(f.message()).contains("from 7 to 8");
      assertThat(f.onChangedLine()).isTrue();
    });
    assertThat(result.gate().failed()).isTrue();
  }

  @Test
  void theBaseVersionIsReadInTheSourceEncodingLikeTheWorkingTree() throws Exception {
    // GBK, as many Chinese projects declare in project.build.sourceEncoding; the identifier is not valid UTF-8.
    Charset gbk = Charset.forName("GBK");
    String before = "package a;\n\nclass Old {\n  void \u8ba1\u6570(" + NINE + ") {\n    a = b;\n  }\n}\n";
    Path file = root.resolve("core/src/main/java/a/Old.java");
    Files.createDirectories(file.getParent());
    Files.write(file, before.getBytes(gbk));
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("base").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
    }
    Files.write(file, before.replace("a = b;", "a = c;").getBytes(gbk));
    ReviewRequest request =
        new ReviewRequest(
            root, List.of(module("core")), "main", Scope.CHANGED,
            offlineSettings(), Severity.MAJOR, OfflineConfig.defaults(),
            root.resolve("target/review"), Set.of(ReportFormat.JSON), gbk, 21);

    ReviewResult result =
        service(encoding -> new JGitChangeDetector(name -> null, encoding), writer, System::nanoTime).review(request, log).result();

    assertThat(result.notes()).noneSatisfy(note -> assertThat(note).contains("does not parse"));
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("touched it without raising it");
    });
    assertThat(result.gate().failed()).isFalse();
  }

  @Test
  void aSuppressedFindingIsReportedMarkedAndDoesNotGate() throws Exception {
    String text = "package a;\n\nclass New {\n  // review:ignore size.parameters -- mirrors the wire format\n  void run(" + EIGHT + ") {\n  }\n}\n";
    write("core/src/main/java/a/New.java", text);

    ReviewResult result =
        service(changes(added("core/src/main/java/a/New.java")))
            .review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log)
            .result();

    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.suppressed()).isTrue());
    assertThat(result.gate().failed()).isFalse();
  }

  @Test
  void aFileThatDoesNotParseIsNamedWithLineAndColumnAndTheOthersAreReviewed() throws Exception {
    write("core/src/main/java/a/Broken.java", "package a;\n\nclass Broken {\n  void run( {\n}\n");
    write("core/src/main/java/a/New.java", source("New", EIGHT));

    ReviewResult result =
        service(changes(added("core/src/main/java/a/Broken.java"), added("core/src/main/java/a/New.java")))
            .review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log)
            .result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.PARTIAL);
    assertThat(result.files()).filteredOn(f -> f.path().endsWith("Broken.java")).singleElement()
        .satisfies(f -> {
          assertThat(f.parseError().line()).isEqualTo(4);
          assertThat(f.parseError().column()).isPositive();
          assertThat(f.parseError().message()).startsWith("Parse error").doesNotContain("expected one of");
        });
    assertThat(result.findings()).extracting(Finding::path).containsExactly("core/src/main/java/a/New.java");
    assertThat(result.gate().failed()).isTrue();
    assertThat(writer.calls).hasSize(1);
    assertThat(log.lines())
        .anySatisfy(line -> assertThat(line).matches("WARN   - core/src/main/java/a/Broken\\.java could not be parsed at line 4, column \\d+ .*"));
  }

  @Test
  void aBaseVersionThatDoesNotParseMakesItsMethodsNewCodeWithANote() throws Exception {
    write("core/src/main/java/a/Fixed.java", source("Fixed", EIGHT));

    ReviewResult result =
        service(changes(modified("core/src/main/java/a/Fixed.java", "class Fixed { void run( {", new LineRange(1, 7))))
            .review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log)
            .result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n).startsWith("core/src/main/java/a/Fixed.java: the base version does not parse (line 1:").endsWith("its methods were reviewed as new code."));
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.message()).startsWith("New method Fixed.run("));
  }

  @Test
  void aRenamedFileKeepsItsPreviousPathAndIsComparedWithItsOldText() throws Exception {
    write("core/src/main/java/a/Renamed.java", source("Renamed", EIGHT));
    ChangedPath renamed =
        new ChangedPath(
            "core/src/main/java/a/Renamed.java", "core/src/main/java/a/Old.java", ReviewedFile.Status.RENAMED,
            List.of(new LineRange(3, 4)), source("Renamed", EIGHT));

    ReviewResult result =
        service(changes(renamed)).review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log).result();

    assertThat(result.files()).singleElement().satisfies(f -> {
      assertThat(f.previousPath()).isEqualTo("core/src/main/java/a/Old.java");
      assertThat(f.status()).isEqualTo(ReviewedFile.Status.RENAMED);
    });
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(result.gate().failed()).isFalse();
  }

  @Test
  void anEmptyDiffSaysSoPassesAndStillWritesReports() throws Exception {

    ReviewResult result =
        service(changes()).review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log).result();

    assertThat(result.files()).isEmpty();
    assertThat(result.gate().failed()).isFalse();
    assertThat(result.notes()).containsExactly("No Java source of the build's modules changed since origin/main (0123456789): nothing to review.");
    assertThat(writer.calls).hasSize(1);
  }

  @Test
  void preparingWarmsGitTheParserAndEveryReportFormatOffTheCallersThreadAndChangesNothing() throws Exception {
    write("core/src/main/java/a/New.java", source("New", EIGHT));
    ChangeDetector changes = changes(added("core/src/main/java/a/New.java"));
    List<String> warmed = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(2);
    String caller = Thread.currentThread().getName();
    ChangeDetector detector =
        new ChangeDetector() {
          @Override
          public ChangeSet detect(Path directory, String baseRef) throws GitException {
            return changes.detect(directory, baseRef);
          }

          @Override
          public boolean warmUp(Path directory, String baseRef) {
            warmed.add("git " + root.relativize(directory) + " " + baseRef + " " + !Thread.currentThread().getName().equals(caller));
            done.countDown();
            return true;
          }
        };
    ReportWriter reports =
        new ReportWriter() {
          @Override
          public List<Path> write(
              ReviewResult result, Path directory, Set<ReportFormat> formats, Function<String, Optional<String>> sources) {
            return writer.write(result, directory, formats, sources);
          }

          @Override
          public void warmUp(Set<ReportFormat> formats) {
            warmed.add("reports " + formats.equals(EnumSet.allOf(ReportFormat.class)) + " " + !Thread.currentThread().getName().equals(caller));
            done.countDown();
          }
        };
    ReviewService service = service(encoding -> detector, reports, System::nanoTime);

    service.prepare(root.resolve("core"));

    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(warmed).containsExactlyInAnyOrder("git core null true", "reports true true");
    ReviewRequest request = request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core"));
    ReviewResult prepared = service.review(request, log).result();
    ReviewResult unprepared = service(changes).review(request, new RecordingLog()).result();
    assertThat(prepared).isEqualTo(unprepared);
    assertThat(prepared.findings()).extracting(Finding::ruleId).containsExactly("size.parameters");
  }

  @Test
  void aChangedJavaSourceThatLooksBinaryIsNamedInTheNotesAndTheLog() throws Exception {
    write("core/src/main/java/a/New.java", source("New", "int a"));
    write("core/src/main/java/a/Wide.java", "");
    write("core/src/main/resources/logo.png", "");
    write("tools/Wide.java", "");
    ChangeDetector detector =
        (directory, baseRef) -> new ChangeSet(root, "origin/main", "0123456789abcdef0123456789abcdef01234567",
            List.of(added("core/src/main/java/a/New.java")),
            List.of("core/src/main/java/a/Wide.java", "core/src/main/resources/logo.png", "tools/Wide.java"), List.of());

    ReviewResult result =
        service(detector).review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log).result();

    assertThat(result.files()).extracting(ReviewedFile::path).containsExactly("core/src/main/java/a/New.java");
    assertThat(result.notes()).singleElement().asString()
        .startsWith("core/src/main/java/a/Wide.java was not reviewed: it looks binary")
        .contains("UTF-16")
        .contains("UTF-8")
        .contains("review.encoding");
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("core/src/main/java/a/Wide.java was not reviewed"));
  }

  @Test
  void changedFilesOutsideTheModulesSourcesAreIgnored() throws Exception {
    write("tools/Script.java", source("Script", EIGHT));

    ReviewResult result =
        service(changes(added("tools/Script.java")))
            .review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log)
            .result();

    assertThat(result.files()).isEmpty();
    assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n).contains("(1 other changed files ignored)"));
  }

  @Test
  void aModuleInANestedRepositoryIsNamedAsNotReviewedInsteadOfSilentlySkipped() throws Exception {
    write("core/src/main/java/a/Core.java", source("Core", SEVEN));
    write("lib/src/main/java/a/Lib.java", source("Lib", SEVEN));
    for (Path repository : List.of(root.resolve("lib"), root)) { // lib is its own clone, as a submodule is
      try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
        git.add().addFilepattern(".").call();
        git.commit().setMessage("base").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
      }
    }
    write("lib/src/main/java/a/Lib.java", source("Lib", EIGHT));
    ReviewRequest request =
        new ReviewRequest(
            root, List.of(module("core"), module("lib")), "main", Scope.CHANGED,
            offlineSettings(), Severity.MAJOR, OfflineConfig.defaults(),
            root.resolve("target/review"), Set.of(ReportFormat.JSON), StandardCharsets.UTF_8, 21);

    ReviewResult result = service(new JGitChangeDetector(name -> null)).review(request, log).result();

    assertThat(result.files()).isEmpty();
    assertThat(result.notes()).anySatisfy(note -> assertThat(note)
        .contains("Module lib")
        .contains("git repository " + root.resolve("lib"))
        .contains("not reviewed")
        .contains("Run the review in " + root.resolve("lib")));
  }

  @Test
  void aModuleOutsideTheRepositoryIsNamedAsNotReviewed() throws Exception {
    write("repo/core/src/main/java/a/Core.java", source("Core", SEVEN));
    write("elsewhere/src/main/java/a/Other.java", source("Other", SEVEN));
    Path repository = root.resolve("repo");
    try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("base").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
    }
    ReviewRequest request =
        new ReviewRequest(
            repository, List.of(module("repo/core"), module("elsewhere")), "main", Scope.CHANGED,
            offlineSettings(), Severity.MAJOR, OfflineConfig.defaults(),
            root.resolve("target/review"), Set.of(ReportFormat.JSON), StandardCharsets.UTF_8, 21);

    ReviewResult result = service(new JGitChangeDetector(name -> null)).review(request, log).result();

    assertThat(result.notes()).filteredOn(note -> note.startsWith("Module ")).singleElement().asString()
        .contains("Module elsewhere (" + root.resolve("elsewhere") + ") is outside the git repository " + repository)
        .contains("-Dreview.scope=all");
  }

  @Test
  void outsideGitEverythingIsReviewedWithAWarningAndEveryFindingGates() throws Exception {
    write("core/src/main/java/a/Old.java", source("Old", EIGHT));

    ReviewResult result =
        service(new JGitChangeDetector(name -> null)).review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log).result();

    assertThat(result.baseRef()).isNull();
    assertThat(result.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("core/src/main/java/a/Old.java");
      assertThat(f.status()).isEqualTo(ReviewedFile.Status.UNCHANGED);
    });
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.onChangedLine()).isFalse());
    assertThat(result.gate().failed()).isTrue();
    assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n).contains("is not inside a git work tree").contains("Every source file is reviewed instead"));
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("not inside a git work tree"));
  }

  @Test
  void scopeAllAuditsEveryFileOfEveryModuleOnceWithoutAskingGit() throws Exception {
    gitInit();
    write("src/main/java/a/Root.java", source("Root", SEVEN));
    write("core/src/main/java/a/Old.java", source("Old", EIGHT));
    write("core/src/test/java/a/OldTest.java", source("OldTest", SEVEN));
    ChangeDetector mustNotBeAsked = (d, b) -> { throw new AssertionError("scope=all needs no change"); };

    ReviewResult result =
        service(mustNotBeAsked)
            .review(request(Scope.ALL, Severity.MAJOR, Provider.OFFLINE, module("core"), new ModuleSources("root", root, List.of(root), List.of("**/*.java"), List.of())), log)
            .result();

    assertThat(result.files()).extracting(ReviewedFile::path)
        .containsExactly("core/src/main/java/a/Old.java", "core/src/test/java/a/OldTest.java", "src/main/java/a/Root.java");
    assertThat(result.findings()).extracting(Finding::path).containsExactly("core/src/main/java/a/Old.java");
    assertThat(result.gate().failed()).isTrue();
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void gitTroubleIsAReviewExceptionWithTheDetectorsMessage() throws Exception {
    ChangeDetector missingRef = (d, b) -> { throw new GitException("review.base 'origin/nope' does not exist; fetch it"); };

    assertThatThrownBy(() -> service(missingRef).review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log))
        .isInstanceOf(ReviewException.class)
        .hasMessage("review.base 'origin/nope' does not exist; fetch it");
  }

  @Test
  void aReportThatCannotBeWrittenFailsAfterTheSummaryIsLogged() throws Exception {
    write("core/src/main/java/a/New.java", source("New", EIGHT));
    ReportWriter failing = (result, directory, formats, sources) -> { throw new IOException("disk full"); };
    ReviewService service = service(encoding -> changes(added("core/src/main/java/a/New.java")), failing, System::nanoTime);

    assertThatThrownBy(() -> service.review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log))
        .isInstanceOf(ReviewException.class)
        .hasMessageContaining("Could not write the review reports to " + root.resolve("target/review") + ": disk full")
        .hasMessageContaining("review.outputDirectory");
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN core/src/main/java/a/New.java:4 major size.parameters"));
  }

  @Test
  void longReviewsPrintProgress() throws Exception {
    List<ChangedPath> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      write("core/src/main/java/a/C" + i + ".java", source("C" + i, SEVEN));
      files.add(added("core/src/main/java/a/C" + i + ".java"));
    }
    AtomicLong now = new AtomicLong();
    // Every reading of the clock is six seconds later: each file but the last earns a progress line.
    ReviewService service = service(encoding -> changes(files.toArray(ChangedPath[]::new)), writer, () -> now.addAndGet(6_000_000_000L));

    service.review(request(Scope.CHANGED, Severity.MAJOR, Provider.OFFLINE, module("core")), log);

    assertThat(log.lines()).filteredOn(line -> line.startsWith("INFO Reviewed "))
        .containsExactly(
            "INFO Reviewed 1 of 5 files (20%)",
            "INFO Reviewed 2 of 5 files (40%)",
            "INFO Reviewed 3 of 5 files (60%)",
            "INFO Reviewed 4 of 5 files (80%)");
  }

  /** Records what it was asked to write and names the files it would have written. */
  static final class RecordingWriter implements ReportWriter {
    record Call(ReviewResult result, Path directory, Set<ReportFormat> formats, Function<String, Optional<String>> sources) {}

    final List<Call> calls = new ArrayList<>();

    @Override
    public List<Path> write(
        ReviewResult result, Path directory, Set<ReportFormat> formats, Function<String, Optional<String>> sources) {
      calls.add(new Call(result, directory, formats, sources));
      return formats.stream().filter(f -> f == ReportFormat.JSON).map(f -> directory.resolve(f.fileName())).toList();
    }
  }
}
