package io.github.reviewagent.metrics.cli;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.TypeReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table per type for people: the file, each type under it, and one aligned row per method; a summary
 * line at the end.
 */
final class TextReportWriter implements ReportWriter {

  private static final List<String> HEADER =
      List.of("method", "line", "end", "cyclomatic", "cognitive", "npath", "ncss", "loc", "nesting", "params");

  private final PrintWriter out;
  private int files;
  private int failed;
  private int types;
  private int methods;

  TextReportWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileReport report) {
    files++;
    if (!report.parsed()) {
      failed++;
      var e = report.error();
      out.printf("%s  NOT PARSED: line %d, column %d: %s%n%n", report.path(), e.line(), e.column(), e.message());
      return;
    }
    out.printf("%s  (%d lines, ncss %d)%n", report.path(), report.loc(), report.ncss());
    for (TypeReport type : report.types()) {
      types++;
      methods += type.methods().size();
      out.printf("  %s %s  (line %d, wmc %d)%n", type.kind().id(), type.name(), type.line(), type.wmc());
      if (!type.methods().isEmpty()) {
        table(type.methods());
      }
    }
    out.println();
  }

  private void table(List<MethodReport> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    for (MethodReport m : rows) {
      MethodMetrics k = m.metrics();
      cells.add(List.of(m.signature(), s(m.line()), s(m.endLine()), s(k.cyclomatic()), s(k.cognitive()),
          Long.toString(k.npath()), s(k.ncss()), s(k.loc()), s(k.maxNesting()), s(k.parameters())));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    StringBuilder line = new StringBuilder();
    for (List<String> row : cells) {
      line.setLength(0);
      line.append("    ").append(row.get(0)).append(" ".repeat(widths[0] - width(row.get(0))));
      for (int i = 1; i < row.size(); i++) {
        line.append("  ").append(" ".repeat(widths[i] - width(row.get(i)))).append(row.get(i));
      }
      out.println(line);
    }
  }

  /**
   * Terminal columns, as wcwidth counts them: Java identifiers may hold characters beyond one UTF-16 unit, combining
   * marks and East Asian wide ones, and {@link String#length()} misaligned the columns after such a name.
   */
  static int width(String text) {
    return text.codePoints().map(TextReportWriter::width).sum();
  }

  private static int width(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    boolean wide = (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  private static String s(int value) {
    return Integer.toString(value);
  }

  @Override
  public void finish() {
    out.printf("files: %d, types: %d, methods: %d, not parsed: %d%n", files, types, methods, failed);
    out.flush();
  }
}
