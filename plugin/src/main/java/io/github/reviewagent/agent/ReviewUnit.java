package io.github.reviewagent.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one conversation with the model reviews: pieces of one or more files.
 *
 * @param index    0-based position among the review's units; results follow this order
 * @param segments the pieces, in file order then line order
 */
record ReviewUnit(int index, List<Segment> segments) {

  ReviewUnit {
    segments = List.copyOf(segments);
  }

  /**
   * Consecutive lines of one file.
   *
   * @param part  1-based part number when a region too large for one unit was split, else 0
   * @param parts how many parts that region was split into, else 0
   */
  record Segment(SourceFile file, int start, int end, int part, int parts) {}

  /** Which files and lines, e.g. {@code a/B.java lines 10-40, c/D.java lines 1-12}, for notes. */
  String describe() {
    return segments.stream().map(s -> s.file().path() + " lines " + s.start() + "-" + s.end()).collect(Collectors.joining(", "));
  }

  List<SourceFile> files() {
    // By identity: one SourceFile per file under review.
    List<SourceFile> files = new ArrayList<>();
    for (Segment segment : segments) {
      if (files.stream().noneMatch(f -> f == segment.file())) {
        files.add(segment.file());
      }
    }
    return files;
  }
}
