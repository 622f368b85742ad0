package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.LineRange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static final String BASE = lines("a", "b", "c", "d", "e", "f", "g", "h");

  private static List<LineRange> changed(String base, String current) {
    return LineDiff.changedLines(bytes(base), bytes(current));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void insertionMarksOnlyTheInsertedLines() {
    assertThat(changed(BASE, lines("a", "b", "new 1", "new 2", "c", "d", "e", "f", "g", "h")))
        .containsExactly(new LineRange(3, 4));
  }

  @Test
  void modificationMarksTheModifiedLines() {
    assertThat(changed(BASE, lines("a", "B", "C", "d", "e", "f", "g", "h")))
        .containsExactly(new LineRange(2, 3));
  }

  @Test
  void deletionOnlyHunkHasNoNewSideLines() {
    assertThat(changed(BASE, lines("a", "b", "e", "f", "g", "h"))).isEmpty();
  }

  @Test
  void modificationThatAlsoShrinksMarksTheRemainingNewLines() {
    assertThat(changed(BASE, lines("a", "b", "X", "f", "g", "h"))).containsExactly(new LineRange(3, 3));
  }

  @Test
  void separateHunksStaySeparateAndSorted() {
    String current = lines("top", "a", "b", "c", "D", "e", "f", "h", "end 1", "end 2");
    assertThat(changed(BASE, current))
        .containsExactly(new LineRange(1, 1), new LineRange(5, 5), new LineRange(9, 10));
  }

  @Test
  void replacementFollowedByInsertionIsOneRange() {
    // Line 2 changes and a line is inserted right after it: one edit, lines 2-3.
    assertThat(changed(BASE, lines("a", "B", "inserted", "c", "d", "e", "f", "g", "h")))
        .containsExactly(new LineRange(2, 3));
  }

  @Test
  void appendingAfterALastLineWithoutNewlineAlsoChangesThatLine() {
    // As in git: "b" without a newline and "b\n" are different lines.
    assertThat(changed("a\nb", lines("a", "b", "c"))).containsExactly(new LineRange(2, 3));
  }

  @Test
  void identicalContentHasNoChangedLines() {
    assertThat(changed(BASE, BASE)).isEmpty();
  }

  @Test
  void allLinesOfAnAddedFile() {
    assertThat(LineDiff.allLines(bytes(lines("x", "y", "z")))).containsExactly(new LineRange(1, 3));
    assertThat(LineDiff.allLines(bytes("x\ny"))).containsExactly(new LineRange(1, 2));
    assertThat(LineDiff.allLines(new byte[0])).isEmpty();
  }

  @Test
  void normalizingDropsTheCarriageReturnOfCrlfOnly() {
    assertThat(LineDiff.normalizeLineEndings(bytes("a\r\nb\rc\r\n\r")))
        .isEqualTo(bytes("a\nb\rc\n\r"));
    byte[] lf = bytes("a\nb\n");
    assertThat(LineDiff.normalizeLineEndings(lf)).isSameAs(lf);
  }

  @Test
  void binaryMeansANulByteInTheFirst8000BytesAsInGit() {
    assertThat(LineDiff.isBinary(new byte[] {'a', 0, 'b'})).isTrue();
    assertThat(LineDiff.isBinary(bytes("plain text\r\n"))).isFalse();
    byte[] lateNul = new byte[8001];
    java.util.Arrays.fill(lateNul, (byte) 'a');
    lateNul[8000] = 0;
    assertThat(LineDiff.isBinary(lateNul)).isFalse();
    lateNul[7999] = 0;
    assertThat(LineDiff.isBinary(lateNul)).isTrue();
  }
}
