package io.github.reviewagent.agent;

import static io.github.reviewagent.agent.Fixtures.method;
import static io.github.reviewagent.agent.Fixtures.metrics;
import static io.github.reviewagent.agent.Fixtures.modified;
import static io.github.reviewagent.agent.Fixtures.source;
import static io.github.reviewagent.agent.Fixtures.withMethods;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingVerifierTest {

  private static final String PATH = "app/src/main/java/demo/A.java";
  private static final String TEXT =
      """
      package demo;

      class A {
        int parse(String s) {
          int total = 0;
          for (int i = 0; i <= s.length(); i++) {
            total += s.charAt(i);
          }
          return total;
        }

        void close(java.io.InputStream in) throws java.io.IOException {
          in.read();
        }
      }
      """;

  private final SourceFile file =
      source(withMethods(
          modified(PATH, TEXT, new LineRange(6, 7)),
          List.of(method("parse", 4, 10, metrics(3, 7), metrics(2, 4)), method("close", 12, 14, metrics(1, 0), null))));

  private FindingVerifier verifier(List<Finding> offline) {
    return new FindingVerifier(List.of(file), offline);
  }

  private static ProposedFinding proposal(String category, String path, int start, int end, String message, String code) {
    return new ProposedFinding("major", category, path, start, end, message, "Fix it.", code);
  }

  private List<Finding> verify(FindingVerifier verifier, ProposedFinding... proposals) {
    return verifier.verify(List.of(new FindingVerifier.UnitProposals(List.of(proposals), List.of(file))));
  }

  @Test
  void aFindingThatShowsItsQuotedCodeIsKeptAsTheModelSaidIt() {
    FindingVerifier verifier = verifier(List.of());
    List<Finding> findings =
        verify(verifier, proposal("bug", PATH, 6, 6, "Off by one: charAt(s.length()) throws.", "for (int i = 0; i <= s.length(); i++) {"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("model.bug");
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.source()).isEqualTo(Finding.Source.MODEL);
      assertThat(f.path()).isEqualTo(PATH);
      assertThat(f.startLine()).isEqualTo(6);
      assertThat(f.endLine()).isEqualTo(6);
      assertThat(f.onChangedLine()).isTrue();
      assertThat(f.suppressed()).isFalse();
      assertThat(f.fingerprint()).hasSize(32);
    });
    assertThat(verifier.reanchored + verifier.dropped).isZero();
    assertThat(verifier.summary()).isEmpty();
  }

  @Test
  void wrongLinesAreMovedToTheNearestPlaceTheQuotedCodeIsOn() {
    FindingVerifier verifier = verifier(List.of());
    List<Finding> findings =
        verify(verifier,
            proposal("resource-leak", PATH, 3, 4, "The stream is never closed.", "13 | in.read();"),
            proposal("bug", PATH, 99, 99, "Off by one.", "i <= s.length()"));

    assertThat(findings).extracting(Finding::startLine, Finding::endLine).containsExactly(org.assertj.core.groups.Tuple.tuple(6, 6), org.assertj.core.groups.Tuple.tuple(13, 14));
    assertThat(findings).filteredOn(f -> f.startLine() == 13).singleElement().satisfies(f -> assertThat(f.onChangedLine()).isFalse());
    assertThat(verifier.reanchored).isEqualTo(2);
    assertThat(verifier.summary()).hasValue("Of 2 findings the model proposed, 2 moved to the lines their quoted code is on.");
  }

  @Test
  void findingsThatCannotBeAnchoredAreDroppedAndCounted() {
    FindingVerifier verifier = verifier(List.of());
    List<Finding> findings =
        verify(verifier,
            proposal("bug", PATH, 40, 41, "Beyond the end, nothing quoted.", ""),
            proposal("bug", PATH, 6, 6, "Quotes code that is not there.", "connection.commit();"),
            proposal("bug", "other/B.java", 1, 1, "Not under review.", "class B {"),
            proposal("bug", PATH, 5, 5, "Trivial quote is ignored, line is valid.", "}"));

    assertThat(findings).extracting(Finding::message).containsExactly("Trivial quote is ignored, line is valid.");
    assertThat(verifier.dropped).isEqualTo(3);
    assertThat(verifier.summary())
        .hasValue("Of 4 findings the model proposed, 3 dropped (1 for files not under review (other/B.java); "
            + "2 whose lines or quoted code are not in the file).");
  }

  @Test
  void pathsAreMatchedLeniently() {
    List<Finding> findings =
        verify(verifier(List.of()),
            proposal("bug", "./" + PATH, 6, 6, "a", ""),
            proposal("bug", "demo/A.java", 7, 7, "b", ""),
            proposal("bug", "", 9, 9, "c", ""));
    assertThat(findings).extracting(Finding::path).containsOnly(PATH).hasSize(3);
  }

  @Test
  void aBareFileNameMeansTheFileOfThatNameInTheUnitEvenWhenTheReviewHasTwo() {
    // Smaller models often name only the file; another A.java elsewhere in the change must not make it ambiguous.
    SourceFile other = source(modified("lib/src/main/java/other/A.java", "package other;\n\nclass A {}\n", new LineRange(3, 3)));
    FindingVerifier verifier = new FindingVerifier(List.of(file, other), List.of());
    List<Finding> findings =
        verifier.verify(List.of(new FindingVerifier.UnitProposals(
            List.of(proposal("bug", "A.java", 6, 6, "Off by one.", "for (int i = 0; i <= s.length(); i++) {")), List.of(file))));
    assertThat(findings).extracting(Finding::path).containsExactly(PATH);
  }

  @Test
  void anOverstatedComplexityClaimIsDropped() {
    FindingVerifier verifier = verifier(List.of());
    List<Finding> findings =
        verify(verifier, proposal("complexity", PATH, 4, 10, "parse has a cognitive complexity of 25; split it.", "int parse(String s) {"));

    assertThat(findings).isEmpty();
    assertThat(verifier.summary()).hasValueSatisfying(s -> assertThat(s).contains("1 whose metric claims the measurement contradicts"));
  }

  @Test
  void aWrongFigureInAnotherFindingIsCorrectedToTheMeasuredValue() {
    FindingVerifier verifier = verifier(List.of());
    List<Finding> findings =
        verify(verifier,
            proposal("bug", PATH, 6, 6, "This loop, in a method of cognitive complexity 25 (up from 9 before), is off by one.", "for (int i"),
            proposal("complexity", PATH, 7, 7, "The change raised cognitive complexity from 3 to 5.", "total += s.charAt(i);"));

    assertThat(findings).extracting(Finding::message)
        .containsExactly(
            "This loop, in a method of cognitive complexity 7 (up from 9 before), is off by one. (Figures corrected to the measured values.)",
            "The change raised cognitive complexity from 4 to 7. (Figures corrected to the measured values.)");
    assertThat(verifier.corrected).isEqualTo(2);
  }

  @Test
  void aRightFigureIsLeftAlone() {
    List<Finding> findings =
        verify(verifier(List.of()), proposal("complexity", PATH, 4, 4, "Cyclomatic complexity is 3.", "int parse(String s) {"));
    assertThat(findings).extracting(Finding::message).containsExactly("Cyclomatic complexity is 3.");
  }

  @Test
  void aFindingAboutTheSameMetricConcernAsAnOfflineFindingMergesIntoIt() {
    Finding offline =
        new Finding("complexity.cognitive", Severity.MAJOR, Finding.Source.METRICS, PATH, 4, 10, "Cognitive complexity 7 > 5.", null, "f", true, false);
    FindingVerifier verifier = verifier(List.of(offline));
    List<Finding> findings =
        verify(verifier,
            proposal("complexity", PATH, 4, 4, "parse is too complex to change safely.", "int parse(String s) {"),
            proposal("maintainability", PATH, 5, 5, "With a cognitive complexity of 7 this is hard to follow.", "int total = 0;"),
            proposal("bug", PATH, 6, 6, "Off by one.", "for (int i = 0;"));

    assertThat(findings).extracting(Finding::ruleId).containsExactly("model.bug");
    assertThat(verifier.merged).isEqualTo(2);
  }

  @Test
  void duplicateModelFindingsMergeKeepingTheHigherSeverity() {
    FindingVerifier verifier = verifier(List.of());
    ProposedFinding low = new ProposedFinding("minor", "bug", PATH, 6, 6, "Off by one.", null, "for (int i = 0;");
    ProposedFinding high = new ProposedFinding("critical", "Bug", PATH, 6, 7, "Loop reads past the end.", null, "for (int i");
    List<Finding> findings =
        verifier.verify(List.of(
            new FindingVerifier.UnitProposals(List.of(low), List.of(file)),
            new FindingVerifier.UnitProposals(List.of(high), List.of(file))));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.message()).isEqualTo("Loop reads past the end.");
    });
    assertThat(verifier.merged).isEqualTo(1);
  }

  @Test
  void theSameProblemOnTheSameCodeInTwoPlacesIsTwoFindingsWithTwoFingerprints() {
    String copied =
        """
        class B {
          void first(java.io.InputStream in) throws java.io.IOException {
            in.read();
          }

          void second(java.io.InputStream in) throws java.io.IOException {
            in.read();
          }
        }
        """;
    String path = "app/src/main/java/demo/B.java";
    SourceFile b = source(modified(path, copied, new LineRange(1, 9)));
    FindingVerifier verifier = new FindingVerifier(List.of(b), List.of());

    List<Finding> findings =
        verifier.verify(List.of(new FindingVerifier.UnitProposals(List.of(
            proposal("bug", path, 3, 3, "The byte read is ignored.", "in.read();"),
            proposal("bug", path, 7, 7, "The byte read is ignored here too.", "in.read();")), List.of(b))));

    assertThat(findings).extracting(Finding::startLine).containsExactly(3, 7);
    assertThat(findings).extracting(Finding::fingerprint).doesNotHaveDuplicates().allMatch(f -> f.length() == 32);
    assertThat(verifier.merged).isZero();
  }

  @Test
  void theFingerprintSurvivesLinesMovingButNotADifferentRuleOrCode() {
    SourceFile moved = source(modified(PATH, "// a new header comment\n\n" + TEXT, new LineRange(8, 9)));
    ProposedFinding here = proposal("bug", PATH, 6, 6, "Off by one.", "for (int i = 0; i <= s.length(); i++) {");
    ProposedFinding there = proposal("bug", PATH, 8, 8, "Off by one, said differently.", "for (int i = 0; i <= s.length(); i++) {");

    String before = verify(verifier(List.of()), here).get(0).fingerprint();
    String after =
        new FindingVerifier(List.of(moved), List.of())
            .verify(List.of(new FindingVerifier.UnitProposals(List.of(there), List.of(moved)))).get(0).fingerprint();
    String otherRule = verify(verifier(List.of()), proposal("performance", PATH, 6, 6, "Slow.", "for (int i")).get(0).fingerprint();
    String otherCode = verify(verifier(List.of()), proposal("bug", PATH, 7, 7, "x", "total += s.charAt(i);")).get(0).fingerprint();

    assertThat(after).isEqualTo(before);
    assertThat(List.of(otherRule, otherCode)).doesNotContain(before).doesNotHaveDuplicates();
  }

  @Test
  void severitySynonymsAndCategoriesMapToRules() {
    List<Finding> findings =
        verify(verifier(List.of()),
            new ProposedFinding("High", "Thread Safety", PATH, 5, 5, "a", null, ""),
            new ProposedFinding("warning", "model.resource-leak", PATH, 13, 13, "b", null, ""),
            new ProposedFinding("nit", "style", PATH, 9, 9, "c", null, ""),
            new ProposedFinding(null, "security", PATH, 7, 7, "d", null, ""));

    assertThat(findings).extracting(f -> f.ruleId() + ":" + f.severity().id())
        .containsExactly("model.concurrency:critical", "model.security:critical", "model.other:info", "model.resource-leak:minor");
  }

  @Test
  void findingsAreSortedByPathLineAndRule() {
    List<Finding> findings =
        verify(verifier(List.of()),
            proposal("performance", PATH, 9, 9, "p", ""), proposal("bug", PATH, 9, 9, "b", ""), proposal("bug", PATH, 5, 5, "e", ""));
    assertThat(findings).extracting(f -> f.startLine() + f.ruleId()).containsExactly("5model.bug", "9model.bug", "9model.performance");
  }

  @Test
  void quotesMatchDespiteChangedSpacingAndEllipses() {
    FindingVerifier verifier = verifier(List.of());
    List<Finding> findings =
        verify(verifier,
            proposal("bug", PATH, 1, 1, "Spacing differs.", "for(int i=0;i<=s.length();i++){"),
            proposal("performance", PATH, 1, 1, "Abbreviated.", "total += ... s.charAt(i);"));

    assertThat(findings).extracting(Finding::startLine).containsExactly(6, 7);
    assertThat(verifier.reanchored).isEqualTo(2);
  }
}
