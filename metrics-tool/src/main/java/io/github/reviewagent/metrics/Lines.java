package io.github.reviewagent.metrics;

/** Line counting shared by the file and declaration metrics. */
final class Lines {

  private Lines() {}

  /** Lines in a text: a final line without a line terminator still counts; an empty text has none. */
  static int count(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r' ? lines : lines + 1;
  }
}
