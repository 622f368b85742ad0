package io.github.reviewagent.agent;

import static io.github.reviewagent.agent.Fixtures.file;
import static io.github.reviewagent.agent.Fixtures.javaClass;
import static io.github.reviewagent.agent.Fixtures.modified;
import static io.github.reviewagent.agent.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPlannerTest {

  private static final int BODY = 10;

  /** First line of method m in {@link Fixtures#javaClass}: after the package line, a blank and the class line. */
  private static int methodStart(int m) {
    return 4 + m * (BODY + 3);
  }

  private static int methodEnd(int m) {
    return methodStart(m) + BODY + 2;
  }

  private static List<String> ranges(List<ReviewUnit.Segment> segments) {
    return segments.stream().map(s -> s.start() + "-" + s.end()).toList();
  }

  @Test
  void aSmallFileGoesWhole() {
    SourceFile small = source(modified("demo/A.java", javaClass("A", 2, 3), new LineRange(6, 6)));
    assertThat(ranges(new UnitPlanner(6_000).segments(small))).containsExactly("1-" + small.lineCount());
  }

  @Test
  void aChangedLineInALargeFileBringsItsEnclosingMethod() {
    SourceFile big = source(modified("demo/Big.java", javaClass("Big", 40, BODY), new LineRange(methodStart(7) + 3, methodStart(7) + 4)));
    assertThat(UnitPlanner.tokens(big, 1, big.lineCount())).isGreaterThan(6_000 / 4);

    assertThat(ranges(new UnitPlanner(6_000).segments(big))).containsExactly(methodStart(7) + "-" + methodEnd(7));
  }

  @Test
  void changesInNeighbouringMethodsAndOutsideMethodsBecomeSeparateRegions() {
    SourceFile big =
        source(modified("demo/Big.java", javaClass("Big", 40, BODY),
            new LineRange(3, 3), new LineRange(methodStart(20), methodStart(21) + 1)));

    assertThat(ranges(new UnitPlanner(6_000).segments(big)))
        .containsExactly("1-6", methodStart(20) + "-" + methodEnd(21));
  }

  @Test
  void aMethodTooLargeForTheBudgetShowsAWindowAroundTheChange() {
    SourceFile huge = source(modified("demo/Huge.java", javaClass("Huge", 1, 2_000), new LineRange(1_000, 1_000)));
    assertThat(ranges(new UnitPlanner(2_000).segments(huge)))
        .containsExactly((1_000 - UnitPlanner.METHOD_CONTEXT) + "-" + (1_000 + UnitPlanner.METHOD_CONTEXT));
  }

  @Test
  void aLargeNewFileIsSplitAtMethodEndsWithinTheBudgetAndNothingIsLeftOut() {
    SourceFile added =
        source(file("demo/New.java", javaClass("New", 40, BODY), ReviewedFile.Status.ADDED, new LineRange(1, 524)));
    int budget = 1_000;
    List<ReviewUnit.Segment> segments = new UnitPlanner(budget).segments(added);

    assertThat(segments).hasSizeGreaterThan(3);
    int next = 1;
    for (ReviewUnit.Segment segment : segments) {
      assertThat(segment.start()).as("no gap, no overlap").isEqualTo(next);
      assertThat(UnitPlanner.tokens(added, segment.start(), segment.end())).isLessThanOrEqualTo(budget);
      assertThat(segment.parts()).isEqualTo(segments.size());
      next = segment.end() + 1;
    }
    assertThat(next - 1).isEqualTo(added.lineCount());
    List<Integer> methodEnds = added.methods().stream().map(LineRange::end).toList();
    assertThat(segments.subList(0, segments.size() - 1)).allSatisfy(s -> assertThat(methodEnds).contains(s.end()));
  }

  @Test
  void everyChangedLineLandsInExactlyOneUnitWithinTheBudget() {
    List<FileUnderReview> inputs = new ArrayList<>();
    for (int f = 0; f < 6; f++) {
      List<LineRange> changed = new ArrayList<>();
      for (int line = 5 + f; line < 500; line += 37 + f) {
        changed.add(new LineRange(line, line + f % 3));
      }
      inputs.add(modified("demo/F" + f + ".java", javaClass("F" + f, 38, BODY), changed.toArray(LineRange[]::new)));
    }
    List<SourceFile> files = inputs.stream().map(Fixtures::source).toList();
    int budget = 1_200;
    List<ReviewUnit> units = new UnitPlanner(budget).plan(files);

    for (SourceFile file : files) {
      for (LineRange changed : file.file().changedLines()) {
        for (int line = changed.start(); line <= changed.end(); line++) {
          int l = line;
          long holders =
              units.stream().flatMap(u -> u.segments().stream())
                  .filter(s -> s.file() == file && s.start() <= l && l <= s.end()).count();
          assertThat(holders).as(file.path() + " line " + line).isEqualTo(1);
        }
      }
    }
    assertThat(units).allSatisfy(u -> {
      long cost = u.segments().stream().mapToLong(s -> UnitPlanner.tokens(s.file(), s.start(), s.end()) + UnitPlanner.SEGMENT_OVERHEAD).sum();
      assertThat(cost).isLessThanOrEqualTo(budget + UnitPlanner.SEGMENT_OVERHEAD);
    });
    assertThat(units).extracting(ReviewUnit::index).containsExactlyElementsOf(java.util.stream.IntStream.range(0, units.size()).boxed().toList());
  }

  @Test
  void smallFilesArePackedIntoOneUnitInOrder() {
    List<SourceFile> files =
        List.of(
            source(modified("demo/A.java", javaClass("A", 1, 2), new LineRange(5, 5))),
            source(modified("demo/B.java", javaClass("B", 1, 2), new LineRange(5, 5))));
    List<ReviewUnit> units = new UnitPlanner(6_000).plan(files);

    assertThat(units).singleElement().satisfies(u -> assertThat(u.describe()).isEqualTo("demo/A.java lines 1-9, demo/B.java lines 1-9"));
  }

  @Test
  void aFileReviewedWholeWithoutChangedLinesIsSplitLikeANewOne() {
    SourceFile all = source(file("demo/All.java", javaClass("All", 40, BODY), ReviewedFile.Status.UNCHANGED));
    List<ReviewUnit.Segment> segments = new UnitPlanner(1_000).segments(all);
    assertThat(segments.get(0).start()).isEqualTo(1);
    assertThat(segments.get(segments.size() - 1).end()).isEqualTo(all.lineCount());
  }

  @Test
  void aFileThatDoesNotParseIsStillReviewedAroundItsChanges() {
    StringBuilder broken = new StringBuilder("class Broken {\n");
    for (int i = 0; i < 400; i++) {
      broken.append("  int f").append(i).append(" = compute(").append(i).append(") + another(value, ").append(i).append(");\n");
    }
    broken.append("  void oops( {\n}\n");
    SourceFile file = source(modified("demo/Broken.java", broken.toString(), new LineRange(200, 200)));
    assertThat(file.methods()).isEmpty();
    assertThat(ranges(new UnitPlanner(2_000).segments(file))).containsExactly("197-203");
  }

  @Test
  void theRenderedUnitNumbersEveryLineAndMarksChangedOnes() {
    SourceFile small = source(modified("demo/A.java", javaClass("A", 2, 3), new LineRange(6, 6)));
    ReviewUnit unit = new ReviewUnit(0, List.of(new ReviewUnit.Segment(small, 1, small.lineCount(), 0, 0)));
    String text = Prompt.render(unit, "TOKEN");

    assertThat(text).startsWith("Boundary token: TOKEN\n");
    assertThat(text).contains("File: demo/A.java (modified; changed lines 6; " + small.lineCount() + " lines)\nBEGIN-CODE TOKEN\n");
    assertThat(text).contains("     5 |     x = x * 31 + 0; // step 0 of method 0\n");
    assertThat(text).contains("     6*|     x = x * 31 + 1; // step 1 of method 0\n");
    assertThat(text).endsWith("END-CODE TOKEN\n");
  }

  @Test
  void gapsBetweenRegionsAreNamed() {
    SourceFile big = source(modified("demo/Big.java", javaClass("Big", 40, BODY), new LineRange(methodStart(7) + 3, methodStart(7) + 3)));
    ReviewUnit unit = new UnitPlanner(6_000).plan(List.of(big)).get(0);
    String text = Prompt.render(unit, "T");

    assertThat(text).contains("(lines 1-" + (methodStart(7) - 1) + " not shown)");
    assertThat(text).contains("(lines " + (methodEnd(7) + 1) + "-" + big.lineCount() + " not shown)");
  }

  /** The Big class of {@link Fixtures#javaClass} at the base, with a guard in method 7 the change removed. */
  private static FileUnderReview guardRemovedFromMethod7(ReviewedFile.Status status, LineRange... changed) {
    String head = javaClass("Big", 40, BODY);
    String base = head.replace("  int method7(int x) {\n", "  int method7(int x) {\n    if (x < 0) {\n      throw new IllegalArgumentException();\n    }\n");
    return new FileUnderReview(
        new ReviewedFile("demo/Big.java", status == ReviewedFile.Status.RENAMED ? "demo/Old.java" : null, status, List.of(changed), List.of(), null),
        head, base, null);
  }

  @Test
  void aChangeThatOnlyRemovedLinesIsReviewedAroundTheRemovalNotWhole() {
    SourceFile file = source(guardRemovedFromMethod7(ReviewedFile.Status.MODIFIED));

    assertThat(file.removedAfter()).containsExactly(methodStart(7));
    assertThat(ranges(new UnitPlanner(6_000).segments(file))).containsExactly(methodStart(7) + "-" + methodEnd(7));
  }

  @Test
  void aFileMovedWithoutAnEditGivesTheModelNothingToReview() {
    String text = javaClass("Big", 40, BODY);
    SourceFile moved = source(new FileUnderReview(
        new ReviewedFile("demo/Big.java", "old/Big.java", ReviewedFile.Status.RENAMED, List.of(), List.of(), null), text, text, null));
    SourceFile crlfOnly = source(new FileUnderReview(
        new ReviewedFile("demo/Big.java", null, ReviewedFile.Status.MODIFIED, List.of(), List.of(), null), text, text.replace("\n", "\r\n"), null));

    assertThat(new UnitPlanner(6_000).plan(List.of(moved, crlfOnly))).isEmpty();
  }

  @Test
  void theModelIsToldWhereLinesWereRemoved() {
    SourceFile file = source(guardRemovedFromMethod7(ReviewedFile.Status.RENAMED, new LineRange(methodStart(20) + 2, methodStart(20) + 2)));
    List<ReviewUnit> units = new UnitPlanner(6_000).plan(List.of(file));
    String text = Prompt.render(units.get(0), "T");

    assertThat(units.get(0).describe()).isEqualTo("demo/Big.java lines " + methodStart(7) + "-" + methodEnd(7) + ", demo/Big.java lines "
        + methodStart(20) + "-" + methodEnd(20));
    assertThat(text).contains("File: demo/Big.java (renamed from demo/Old.java; changed lines " + (methodStart(20) + 2)
        + "; lines removed after line " + methodStart(7) + "; " + file.lineCount() + " lines)");
    assertThat(text).contains(String.format(java.util.Locale.ROOT, "%6d | ", methodStart(7)) + "  int method7(int x) {\n"
        + Prompt.REMOVED + "\n" + String.format(java.util.Locale.ROOT, "%6d | ", methodStart(7) + 1));
    assertThat(Prompt.INSTRUCTIONS).contains(Prompt.REMOVED);

    SourceFile onlyRemoved = source(guardRemovedFromMethod7(ReviewedFile.Status.MODIFIED));
    String header = Prompt.render(new UnitPlanner(6_000).plan(List.of(onlyRemoved)).get(0), "T").lines().filter(l -> l.startsWith("File: ")).findFirst().orElseThrow();
    assertThat(header).isEqualTo("File: demo/Big.java (modified; no line added or changed; lines removed after line " + methodStart(7) + "; "
        + onlyRemoved.lineCount() + " lines)");
  }

  @Test
  void theLinesNotShownAtTheEndOfAFileAreNamedAlsoWhenAnotherFileFollowsInTheUnit() {
    SourceFile big = source(modified("demo/Big.java", javaClass("Big", 40, BODY), new LineRange(methodStart(7) + 3, methodStart(7) + 3)));
    SourceFile small = source(modified("demo/A.java", javaClass("A", 1, 2), new LineRange(5, 5)));
    List<ReviewUnit> units = new UnitPlanner(6_000).plan(List.of(big, small));
    String text = Prompt.render(units.get(0), "T");

    assertThat(units).hasSize(1);
    assertThat(text).contains("(lines " + (methodEnd(7) + 1) + "-" + big.lineCount() + " not shown)\nEND-CODE T\n\nFile: demo/A.java");
  }

  @Test
  void theCallersMeasuredMethodsAreTheStructureWhenGiven() {
    // Lines 30-60 as one "method" the caller measured; the parse would say otherwise.
    FileUnderReview measured =
        Fixtures.withMethods(
            modified("demo/Big.java", javaClass("Big", 40, BODY), new LineRange(40, 40)),
            List.of(Fixtures.method("block", 30, 60, Fixtures.metrics(1, 1), null)));
    SourceFile file = SourceFile.of(measured, SourceFile.parser(21), 0);

    assertThat(file.methods()).containsExactly(new LineRange(30, 60));
    assertThat(ranges(new UnitPlanner(6_000).segments(file))).containsExactly("30-60");
  }

  @Test
  void aSmallFileIsNotParsed() {
    SourceFile small = SourceFile.of(modified("demo/A.java", javaClass("A", 2, 3), new LineRange(6, 6)), SourceFile.parser(21), 1_500);
    assertThat(small.methods()).isEmpty();
    SourceFile parsed = SourceFile.of(modified("demo/A.java", javaClass("A", 2, 3), new LineRange(6, 6)), SourceFile.parser(21), 0);
    assertThat(parsed.methods()).containsExactly(new LineRange(4, 9), new LineRange(10, 15));
  }
}
