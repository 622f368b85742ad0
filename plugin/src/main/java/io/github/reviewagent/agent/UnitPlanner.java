package io.github.reviewagent.agent;

import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the change into review units that fit a token budget. A small file goes whole; in a larger file
 * each changed line brings its enclosing method (or, when the method alone is too large, a window of the
 * method around it; outside methods, a few lines around it), and so do the lines either side of a removal; a region still larger than the budget is cut
 * into parts, preferably where a method ends. Regions are then packed, in file order, into units. Every
 * changed line lands in exactly one unit: nothing is dropped.
 */
final class UnitPlanner {

  /** Characters a rendered line adds to its text: the line number, the change marker, the bar and the newline. */
  static final int LINE_OVERHEAD = 10;
  /** Tokens a file's header and code fences add to a unit. */
  static final int SEGMENT_OVERHEAD = 40;
  /** Lines shown around a changed line outside any method. */
  static final int CONTEXT = 3;
  /** Lines shown around a changed line inside a method too large to show whole. */
  static final int METHOD_CONTEXT = 12;

  private final int budget;

  /** @param budget estimated tokens (characters / 4) of code per unit */
  UnitPlanner(int budget) {
    this.budget = budget;
  }

  /** Files up to this size are reviewed whole: a quarter of the unit budget. */
  static long wholeFileTokens(int budget) {
    return budget / 4;
  }

  /** Token estimate for text sent to the model: about four characters a token. */
  static long tokens(long characters) {
    return (characters + 3) / 4;
  }

  List<ReviewUnit> plan(List<SourceFile> files) {
    List<ReviewUnit> units = new ArrayList<>();
    List<ReviewUnit.Segment> current = new ArrayList<>();
    long used = 0;
    for (SourceFile file : files) {
      for (ReviewUnit.Segment segment : segments(file)) {
        long cost = cost(segment);
        if (!current.isEmpty() && used + cost > budget) {
          units.add(new ReviewUnit(units.size(), current));
          current = new ArrayList<>();
          used = 0;
        }
        current.add(segment);
        used += cost;
      }
    }
    if (!current.isEmpty()) {
      units.add(new ReviewUnit(units.size(), current));
    }
    return units;
  }

  /** The pieces of one file that need review, each within the budget. */
  List<ReviewUnit.Segment> segments(SourceFile file) {
    int lines = file.lineCount();
    if (lines == 0) {
      return List.of();
    }
    ReviewedFile reviewed = file.file();
    if (file.input().baseText() != null && reviewed.changedLines().isEmpty() && file.removedAfter().isEmpty()
        && (reviewed.status() == ReviewedFile.Status.RENAMED || reviewed.status() == ReviewedFile.Status.MODIFIED)) {
      // Moved or renamed without an edit (or changed in line endings only): none of its code is the change's,
      // and a package move of hundreds of files must not send them all.
      return List.of();
    }
    boolean whole =
        reviewed.changedLines().isEmpty() && file.removedAfter().isEmpty()
            || reviewed.status() == ReviewedFile.Status.ADDED
            || tokens(file, 1, lines) <= wholeFileTokens(budget);
    List<LineRange> regions = whole ? List.of(new LineRange(1, lines)) : regionsAroundChanges(file);
    List<ReviewUnit.Segment> segments = new ArrayList<>();
    for (LineRange region : regions) {
      List<LineRange> parts = split(file, region);
      for (int i = 0; i < parts.size(); i++) {
        LineRange part = parts.get(i);
        int number = parts.size() == 1 ? 0 : i + 1;
        segments.add(new ReviewUnit.Segment(file, part.start(), part.end(), number, number == 0 ? 0 : parts.size()));
      }
    }
    return segments;
  }

  private List<LineRange> regionsAroundChanges(SourceFile file) {
    int lines = file.lineCount();
    List<LineRange> regions = new ArrayList<>();
    for (LineRange changed : file.file().changedLines()) {
      for (int line = changed.start(); line <= Math.min(changed.end(), lines); line++) {
        regions.add(regionAround(file, line));
      }
    }
    // A removal is reviewed by the code around it: what remains must still work without the removed lines.
    for (int removed : file.removedAfter()) {
      regions.add(regionAround(file, Math.max(1, removed)));
      if (removed < lines) {
        regions.add(regionAround(file, removed + 1));
      }
    }
    regions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    List<LineRange> merged = new ArrayList<>();
    for (LineRange region : regions) {
      LineRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      // Regions that touch or nearly touch are shown as one, so the model reads continuous code.
      if (last != null && region.start() <= last.end() + CONTEXT) {
        merged.set(merged.size() - 1, new LineRange(last.start(), Math.max(last.end(), region.end())));
      } else {
        merged.add(region);
      }
    }
    return merged;
  }

  private LineRange regionAround(SourceFile file, int line) {
    Optional<LineRange> method = file.outermostMethod(line);
    if (method.isPresent() && tokens(file, method.get().start(), method.get().end()) <= budget) {
      return method.get();
    }
    int from = method.map(LineRange::start).orElse(1);
    int to = method.map(LineRange::end).orElse(file.lineCount());
    int context = method.isPresent() ? METHOD_CONTEXT : CONTEXT;
    return new LineRange(Math.max(from, line - context), Math.min(to, line + context));
  }

  /** Cuts a region into parts within the budget, at a method's end where one is in the second half of a part. */
  private List<LineRange> split(SourceFile file, LineRange region) {
    List<LineRange> parts = new ArrayList<>();
    int start = region.start();
    while (start <= region.end()) {
      int end = start;
      long used = lineTokens(file, start);
      while (end < region.end() && used + lineTokens(file, end + 1) <= budget) {
        end++;
        used += lineTokens(file, end);
      }
      if (end < region.end()) {
        end = methodEndNear(file, start, end);
      }
      parts.add(new LineRange(start, end));
      start = end + 1;
    }
    return parts;
  }

  private static int methodEndNear(SourceFile file, int start, int end) {
    int half = start + (end - start) / 2;
    return file.methods().stream()
        .mapToInt(LineRange::end)
        .filter(methodEnd -> methodEnd >= half && methodEnd <= end)
        .max()
        .orElse(end);
  }

  private long cost(ReviewUnit.Segment segment) {
    return tokens(segment.file(), segment.start(), segment.end()) + SEGMENT_OVERHEAD;
  }

  static long tokens(SourceFile file, int from, int to) {
    long characters = 0;
    for (int line = from; line <= to; line++) {
      characters += file.line(line).length() + LINE_OVERHEAD;
    }
    return tokens(characters);
  }

  private static long lineTokens(SourceFile file, int line) {
    return tokens(file.line(line).length() + LINE_OVERHEAD);
  }
}
