package io.github.reviewagent.git;

import io.github.reviewagent.review.LineRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffAlgorithm.SupportedAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Line-level comparison of a base blob with working-tree content. */
final class LineDiff {

  /** Git's own heuristic (xdiff's buffer_is_binary): a NUL byte among the first 8000 bytes. */
  private static final int BINARY_PROBE = 8000;

  private static final DiffAlgorithm ALGORITHM = DiffAlgorithm.getAlgorithm(SupportedAlgorithm.HISTOGRAM);

  private LineDiff() {}

  static boolean isBinary(byte[] content) {
    int end = Math.min(content.length, BINARY_PROBE);
    for (int i = 0; i < end; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the CR of every CRLF, so a file checked out with other line endings than it was committed with
   * (core.autocrlf, an editor's setting) compares by content. Line numbers are unchanged.
   */
  static byte[] normalizeLineEndings(byte[] content) {
    byte[] out = new byte[content.length];
    int n = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] != '\r' || i + 1 >= content.length || content[i + 1] != '\n') {
        out[n++] = content[i];
      }
    }
    return n == content.length ? content : Arrays.copyOf(out, n);
  }

  /** Every line of a new file; none for an empty one. */
  static List<LineRange> allLines(byte[] content) {
    int lines = new RawText(content).size();
    return lines == 0 ? List.of() : List.of(new LineRange(1, lines));
  }

  /**
   * The new-side lines that were added or modified, merged and sorted. Both arguments must have their line
   * endings normalized. A hunk that only deletes lines has no new-side line, so it contributes nothing.
   */
  static List<LineRange> changedLines(byte[] base, byte[] current) {
    List<LineRange> ranges = new ArrayList<>();
    for (Edit edit : ALGORITHM.diff(RawTextComparator.DEFAULT, new RawText(base), new RawText(current))) {
      if (edit.getEndB() > edit.getBeginB()) {
        add(ranges, edit.getBeginB() + 1, edit.getEndB());
      }
    }
    return ranges;
  }

  // Edits come in order; merging touching ones keeps the list minimal.
  private static void add(List<LineRange> ranges, int start, int end) {
    int last = ranges.size() - 1;
    if (last >= 0 && ranges.get(last).end() + 1 >= start) {
      ranges.set(last, new LineRange(ranges.get(last).start(), Math.max(end, ranges.get(last).end())));
    } else {
      ranges.add(new LineRange(start, end));
    }
  }
}
