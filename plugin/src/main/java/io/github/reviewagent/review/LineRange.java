package io.github.reviewagent.review;

/** An inclusive range of 1-based lines. */
public record LineRange(int start, int end) {

  public LineRange {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("bad line range " + start + "-" + end);
    }
  }

  public boolean contains(int line) {
    return line >= start && line <= end;
  }

  public boolean overlaps(int from, int to) {
    return from <= end && to >= start;
  }
}
