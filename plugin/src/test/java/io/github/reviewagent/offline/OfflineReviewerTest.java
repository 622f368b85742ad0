package io.github.reviewagent.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineReviewerTest {

  private static final String PATH = "core/src/main/java/a/Parser.java";
  private final OfflineReviewer reviewer = new OfflineReviewer(OfflineConfig.defaults());

  /** Metrics with only the cognitive complexity set high enough to matter; every other value is harmless. */
  static MethodMetrics cognitive(int value) {
    return new MethodMetrics(1, value, 1, 5, 10, 1, 1);
  }

  static MethodReport method(String signature, int line, int endLine, MethodMetrics metrics) {
    String name = signature.substring(0, signature.indexOf('('));
    return new MethodReport(name, signature, MethodReport.Kind.METHOD, line, endLine, metrics);
  }

  static ReviewedFile file(List<LineRange> changed, MethodChange... methods) {
    return new ReviewedFile(PATH, null, ReviewedFile.Status.MODIFIED, changed, List.of(methods), null);
  }

  static MethodChange modified(MethodReport base, MethodReport head) {
    return new MethodChange("Parser", head.signature(), MethodChange.Change.MODIFIED, base, head);
  }

  static MethodChange added(MethodReport head) {
    return new MethodChange("Parser", head.signature(), MethodChange.Change.ADDED, null, head);
  }

  @Test
  void worsenedMethodGetsTheRuleSeverityAndSaysFromWhatToWhat() {
    ReviewedFile file =
        file(
            List.of(new LineRange(15, 16)),
            modified(method("parse(String)", 10, 30, cognitive(12)), method("parse(String)", 10, 32, cognitive(19))));

    List<Finding> findings = reviewer.reviewChanges(file);

    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.ruleId()).isEqualTo("complexity.cognitive");
    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding.source()).isEqualTo(Finding.Source.METRICS);
    assertThat(finding.path()).isEqualTo(PATH);
    assertThat(finding.startLine()).isEqualTo(10);
    assertThat(finding.endLine()).isEqualTo(32);
    assertThat(finding.message())
        .contains("raised the cognitive complexity of Parser.parse(String) from 12 to 19 (threshold 15)")
        .contains("Extract nested blocks");
    assertThat(finding.onChangedLine()).isTrue();
    assertThat(finding.suppressed()).isFalse();
  }

  @Test
  void raisingAnAlreadyComplexMethodStillCountsAsWorsened() {
    ReviewedFile file =
        file(
            List.of(new LineRange(12, 12)),
            modified(method("parse(String)", 10, 30, cognitive(20)), method("parse(String)", 10, 30, cognitive(21))));

    Finding finding = reviewer.reviewChanges(file).get(0);

    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding.message()).contains("from 20 to 21");
  }

  @Test
  void touchedButNotWorsenedIsInfo() {
    ReviewedFile file =
        file(
            List.of(new LineRange(12, 12)),
            modified(method("parse(String)", 10, 30, cognitive(22)), method("parse(String)", 10, 30, cognitive(22))));

    Finding finding = reviewer.reviewChanges(file).get(0);

    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.message())
        .isEqualTo(
            "Parser.parse(String) has cognitive complexity 22 (threshold 15); the change touched it without raising it."
                + " While you are here: extract nested blocks into well-named methods and return early instead of nesting.");
  }

  @Test
  void loweredButStillAboveIsInfoAndSaysSo() {
    ReviewedFile file =
        file(
            List.of(new LineRange(12, 14)),
            modified(method("parse(String)", 10, 30, cognitive(30)), method("parse(String)", 10, 28, cognitive(25))));

    Finding finding = reviewer.reviewChanges(file).get(0);

    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.message()).contains("lowered the cognitive complexity of Parser.parse(String) from 30 to 25, still above the threshold of 15");
  }

  @Test
  void oldComplexCodeTheChangeDidNotTouchYieldsNothing() {
    MethodReport old = method("parse(String)", 40, 80, cognitive(40));
    ReviewedFile file =
        file(
            List.of(new LineRange(5, 6)),
            new MethodChange("Parser", "parse(String)", MethodChange.Change.UNCHANGED, old, old));

    assertThat(reviewer.reviewChanges(file)).isEmpty();
  }

  @Test
  void newMethodIsHeldToTheThresholds() {
    ReviewedFile file = file(List.of(new LineRange(10, 30)), added(method("scan(int)", 10, 30, cognitive(16))));

    Finding finding = reviewer.reviewChanges(file).get(0);

    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding.message()).startsWith("New method Parser.scan(int) has cognitive complexity 16, above the threshold of 15.");
  }

  @Test
  void theThresholdItselfIsFineOneAboveIsNot() {
    ReviewedFile atThreshold = file(List.of(new LineRange(1, 99)), added(method("a()", 1, 5, cognitive(15))));
    ReviewedFile above = file(List.of(new LineRange(1, 99)), added(method("a()", 1, 5, cognitive(16))));

    assertThat(reviewer.reviewChanges(atThreshold)).isEmpty();
    assertThat(reviewer.reviewChanges(above)).hasSize(1);
  }

  @Test
  void everyRuleHasItsThresholdAndDefaultSeverity() {
    // cyclomatic, cognitive, npath, ncss, loc, maxNesting, parameters: each exactly one above its threshold.
    MethodMetrics justAbove = new MethodMetrics(11, 16, 201, 61, 100, 5, 8);
    MethodMetrics atThresholds = new MethodMetrics(10, 15, 200, 60, 100, 4, 7);

    List<Finding> findings = reviewer.reviewChanges(file(List.of(new LineRange(1, 200)), added(method("a()", 1, 100, justAbove))));

    assertThat(findings)
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple("complexity.cognitive", Severity.CRITICAL),
            tuple("complexity.cyclomatic", Severity.MAJOR),
            tuple("complexity.npath", Severity.MAJOR),
            tuple("size.parameters", Severity.MAJOR),
            tuple("size.ncss", Severity.MAJOR),
            tuple("complexity.nesting", Severity.MAJOR));
    assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("NPath complexity 201, above the threshold of 200"));
    assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("parameter count 8, above the threshold of 7"));
    assertThat(reviewer.reviewChanges(file(List.of(new LineRange(1, 200)), added(method("a()", 1, 100, atThresholds))))).isEmpty();
  }

  @Test
  void configuredThresholdSeverityAndOffAreHonoured() {
    OfflineConfig config =
        OfflineConfig.parse(
            Map.of("complexity.cognitive", "20 major", "complexity.cyclomatic", "off", "size.parameters", "blocker"), "rules");
    OfflineReviewer configured = new OfflineReviewer(config);
    MethodMetrics metrics = new MethodMetrics(30, 19, 1, 5, 10, 1, 8);

    List<Finding> below = configured.reviewChanges(file(List.of(new LineRange(1, 50)), added(method("a()", 1, 10, metrics))));
    List<Finding> above =
        configured.reviewChanges(
            file(List.of(new LineRange(1, 50)), added(method("a()", 1, 10, new MethodMetrics(30, 21, 1, 5, 10, 1, 1)))));

    assertThat(below).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("size.parameters", Severity.BLOCKER));
    assertThat(above).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("complexity.cognitive", Severity.MAJOR));
    assertThat(configured.rules()).extracting(r -> r.id()).doesNotContain("complexity.cyclomatic");
    assertThat(configured.rules()).filteredOn(r -> r.id().equals("complexity.cognitive"))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.defaultSeverity()).isEqualTo(Severity.MAJOR);
          assertThat(r.help()).contains("(20 in this build)");
        });
  }

  @Test
  void addingAParameterToAnOldComplexMethodIsNotNewCode() {
    MethodReport before = method("parse(String)", 10, 30, cognitive(22));
    MethodReport after = method("parse(String,int)", 10, 30, cognitive(22));
    ReviewedFile file =
        file(
            List.of(new LineRange(10, 10)),
            new MethodChange("Parser", "parse(String)", MethodChange.Change.REMOVED, before, null),
            added(after));

    Finding finding = reviewer.reviewChanges(file).get(0);

    assertThat(finding.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void renamingAnOldComplexMethodOrItsClassIsNotNewCode() {
    MethodReport before = method("parse(String)", 10, 30, cognitive(22));
    MethodReport renamed = method("read(String)", 10, 30, cognitive(22));
    ReviewedFile methodRenamed =
        file(
            List.of(new LineRange(10, 10)),
            new MethodChange("Parser", "parse(String)", MethodChange.Change.REMOVED, before, null),
            added(renamed));
    ReviewedFile classRenamed =
        file(
            List.of(new LineRange(10, 12)),
            new MethodChange("OldParser", "parse(String)", MethodChange.Change.REMOVED, before, null),
            added(method("parse(String)", 10, 30, cognitive(22))));

    assertThat(reviewer.reviewChanges(methodRenamed)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("Parser.read(String)").contains("without raising it");
    });
    assertThat(reviewer.reviewChanges(classRenamed))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.INFO);
  }

  /** Renaming a class (and its file) while editing an old complex method of it is no reason to call the method new. */
  @Test
  void editingAnOldComplexMethodOfARenamedClassIsNotNewCode() {
    ReviewedFile file =
        file(
            List.of(new LineRange(3, 3), new LineRange(15, 16)),
            new MethodChange("OldParser", "parse(String)", MethodChange.Change.REMOVED, method("parse(String)", 10, 30, cognitive(22)), null),
            added(method("parse(String)", 10, 31, cognitive(21))));

    assertThat(reviewer.reviewChanges(file)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("lowered the cognitive complexity of Parser.parse(String) from 22 to 21");
    });
  }

  @Test
  void editingAnOldComplexConstructorOfARenamedClassIsNotNewCode() {
    MethodReport before = new MethodReport("OldParser", "OldParser(String)", MethodReport.Kind.CONSTRUCTOR, 10, 30, cognitive(22));
    MethodReport after = new MethodReport("Parser", "Parser(String)", MethodReport.Kind.CONSTRUCTOR, 10, 31, cognitive(21));
    ReviewedFile file =
        file(
            List.of(new LineRange(10, 10), new LineRange(15, 16)),
            new MethodChange("OldParser", "OldParser(String)", MethodChange.Change.REMOVED, before, null),
            added(after));

    assertThat(reviewer.reviewChanges(file)).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void aRemovedAndAnAddedMethodThatMeasureDifferentlyAreNotPaired() {
    ReviewedFile file =
        file(
            List.of(new LineRange(10, 30)),
            new MethodChange("Parser", "parse(String)", MethodChange.Change.REMOVED, method("parse(String)", 10, 30, cognitive(22)), null),
            added(method("read(String)", 10, 30, cognitive(23))));

    assertThat(reviewer.reviewChanges(file))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
          assertThat(f.message()).startsWith("New method Parser.read(String)");
        });
  }

  @Test
  void auditHoldsEveryMethodToTheThresholdsOffTheChangedLines() {
    MethodReport old = method("parse(String)", 40, 80, cognitive(40));
    ReviewedFile file =
        new ReviewedFile(
            PATH, null, ReviewedFile.Status.UNCHANGED, List.of(),
            List.of(new MethodChange("Parser", "parse(String)", MethodChange.Change.UNCHANGED, old, old)), null);

    List<Finding> findings = reviewer.audit(file);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.onChangedLine()).isFalse();
      assertThat(f.message()).startsWith("Parser.parse(String) has cognitive complexity 40, above the threshold of 15.");
    });
  }

  @Test
  void fingerprintIgnoresTheLineButNotTheRuleFileOrMethod() {
    Finding here = reviewer.reviewChanges(file(List.of(new LineRange(1, 99)), added(method("a()", 10, 30, cognitive(16))))).get(0);
    Finding moved = reviewer.reviewChanges(file(List.of(new LineRange(1, 99)), added(method("a()", 50, 70, cognitive(18))))).get(0);
    Finding other = reviewer.reviewChanges(file(List.of(new LineRange(1, 99)), added(method("b()", 10, 30, cognitive(16))))).get(0);

    assertThat(moved.fingerprint()).isEqualTo(here.fingerprint()).hasSize(32).matches("[0-9a-f]+");
    assertThat(other.fingerprint()).isNotEqualTo(here.fingerprint());
    assertThat(OfflineReviewer.fingerprint("complexity.npath", PATH, "Parser", "a()"))
        .isNotEqualTo(here.fingerprint());
    assertThat(OfflineReviewer.fingerprint("complexity.cognitive", "other/Parser.java", "Parser", "a()"))
        .isNotEqualTo(here.fingerprint());
  }

  /** NPath saturates at Long.MAX_VALUE: the real count may be higher, so a message must not pass it off as exact. */
  @Test
  void aSaturatedNPathIsNeverGivenAsAnExactCountNorAsUnraised() {
    MethodMetrics saturated = new MethodMetrics(1, 1, Long.MAX_VALUE, 5, 10, 1, 1);
    MethodMetrics large = new MethodMetrics(1, 1, 500, 5, 10, 1, 1);

    Finding added = reviewer.reviewChanges(file(List.of(new LineRange(1, 99)), added(method("a()", 1, 5, saturated)))).get(0);
    Finding raised =
        reviewer.reviewChanges(file(List.of(new LineRange(2, 2)), modified(method("a()", 1, 5, large), method("a()", 1, 5, saturated)))).get(0);
    Finding touched =
        reviewer.reviewChanges(file(List.of(new LineRange(2, 2)), modified(method("a()", 1, 5, saturated), method("a()", 1, 5, saturated)))).get(0);

    assertThat(added.message()).startsWith("New method Parser.a() has NPath complexity 9223372036854775807 or more, above the threshold of 200.");
    assertThat(raised.message()).startsWith("This change raised the NPath complexity of Parser.a() from 500 to 9223372036854775807 or more (threshold 200).");
    // Both sides saturated: whether the change raised it cannot be known, so the message does not claim it did not.
    assertThat(touched.severity()).isEqualTo(Severity.INFO);
    assertThat(touched.message())
        .startsWith("Parser.a() has NPath complexity 9223372036854775807 or more (threshold 200); the change touched it.")
        .doesNotContain("without raising");
  }

  /**
   * javac numbers anonymous classes in source order, so one inserted above renumbers the rest; an edited import
   * requalifies a parameter type. Neither is a new problem.
   */
  @Test
  void fingerprintSurvivesARenumberedAnonymousClassOrARequalifiedParameterAndStaysUniqueForRepeats() {
    MethodChange alone = new MethodChange("Parser$1", "run()", MethodChange.Change.ADDED, null, method("run()", 10, 30, cognitive(16)));
    MethodChange inserted = new MethodChange("Parser$1", "run()", MethodChange.Change.ADDED, null, method("run()", 3, 5, cognitive(1)));
    MethodChange renumbered = new MethodChange("Parser$2", "run()", MethodChange.Change.ADDED, null, method("run()", 12, 32, cognitive(16)));
    MethodChange twin = new MethodChange("Parser$2", "run()", MethodChange.Change.ADDED, null, method("run()", 40, 60, cognitive(16)));
    List<LineRange> all = List.of(new LineRange(1, 99));

    String before = reviewer.reviewChanges(file(all, alone)).get(0).fingerprint();
    String after = reviewer.reviewChanges(file(all, inserted, renumbered)).get(0).fingerprint();
    List<Finding> repeats = reviewer.reviewChanges(file(all, alone, twin));
    String qualified = reviewer.reviewChanges(file(all, added(method("parse(java.util.List)", 10, 30, cognitive(16))))).get(0).fingerprint();
    String imported = reviewer.reviewChanges(file(all, added(method("parse(List)", 10, 30, cognitive(16))))).get(0).fingerprint();

    assertThat(after).isEqualTo(before);
    assertThat(repeats).extracting(Finding::fingerprint).doesNotHaveDuplicates().contains(before);
    assertThat(imported).isEqualTo(qualified);
  }
}
