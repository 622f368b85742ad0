package io.github.reviewagent.report;

import io.github.reviewagent.metrics.MethodMetrics;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * An inline SVG dumbbell chart of what a change did to its methods: per method, cognitive and cyclomatic
 * complexity at the base (hollow dot) and the head (filled dot: red when it rose, green when it fell, blue
 * for a new method). Colours come from the page's CSS classes, so the chart follows its light or dark
 * scheme.
 */
final class ComplexityChart {

  /** Methods drawn at most; the table under the chart lists them all. */
  static final int MAX_METHODS = 40;

  private static final int WIDTH = 760;
  private static final int LABEL_WIDTH = 300;
  private static final int TRACK = 150;
  private static final int[] PANEL_X = {316, 546};
  private static final int TOP = 44;
  private static final int ROW = 24;
  private static final int LEGEND = 34;
  /** Monospace 12px is about 7.2px a character: 31 fit between the new/removed marker and the tracks. */
  private static final int LABEL_CHARS = 31;

  private ComplexityChart() {}

  /** The chart as an {@code <svg>} element; an empty string when no method changed. */
  static String svg(List<MethodDelta> methods) {
    List<MethodDelta> rows = methods.subList(0, Math.min(methods.size(), MAX_METHODS));
    if (rows.isEmpty()) {
      return "";
    }
    int height = TOP + rows.size() * ROW + LEGEND;
    int cognitiveMax = scale(rows, MethodMetrics::cognitive);
    int cyclomaticMax = scale(rows, MethodMetrics::cyclomatic);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\"")
        .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\">\n");
    svg.append("<title id=\"chart-title\">Cognitive and cyclomatic complexity of ").append(rows.size())
        .append(" changed methods, before and after the change</title>\n");
    axis(svg, PANEL_X[0], "Cognitive", cognitiveMax);
    axis(svg, PANEL_X[1], "Cyclomatic", cyclomaticMax);
    for (int i = 0; i < rows.size(); i++) {
      row(svg, rows.get(i), i, cognitiveMax, cyclomaticMax);
    }
    legend(svg, height - LEGEND + 20);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void axis(StringBuilder svg, int x, String title, int max) {
    svg.append("<text class=\"axis-title\" x=\"").append(x).append("\" y=\"16\">").append(title).append("</text>\n");
    svg.append("<text class=\"axis\" x=\"").append(x).append("\" y=\"34\">0</text>\n");
    svg.append("<text class=\"axis\" x=\"").append(x + TRACK).append("\" y=\"34\" text-anchor=\"end\">")
        .append(max).append("</text>\n");
  }

  private static void row(StringBuilder svg, MethodDelta method, int index, int cognitiveMax, int cyclomaticMax) {
    int top = TOP + index * ROW;
    int y = top + ROW / 2;
    svg.append("<g class=\"row\">\n<title>").append(Markup.text(tooltip(method))).append("</title>\n");
    if (index % 2 == 0) {
      svg.append("<rect class=\"zebra\" x=\"0\" y=\"").append(top).append("\" width=\"").append(WIDTH)
          .append("\" height=\"").append(ROW).append("\"/>\n");
    }
    if (method.isNew() || method.isRemoved()) {
      String kind = method.isNew() ? "new" : "removed";
      svg.append("<text class=\"pill-").append(kind).append("\" x=\"4\" y=\"").append(y + 4).append("\">")
          .append(kind).append("</text>\n");
    }
    svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4)
        .append("\" text-anchor=\"end\"><title>").append(Markup.text(method.label())).append("</title>")
        .append(Markup.text(shorten(method.label()))).append("</text>\n");
    dumbbell(svg, method, PANEL_X[0], y, cognitiveMax, MethodMetrics::cognitive);
    dumbbell(svg, method, PANEL_X[1], y, cyclomaticMax, MethodMetrics::cyclomatic);
    svg.append("</g>\n");
  }

  private static void dumbbell(
      StringBuilder svg, MethodDelta method, int x0, int y, int max, ToIntFunction<MethodMetrics> metric) {
    svg.append("<line class=\"track\" x1=\"").append(x0).append("\" y1=\"").append(y).append("\" x2=\"")
        .append(x0 + TRACK).append("\" y2=\"").append(y).append("\"/>\n");
    Integer base = method.base() == null ? null : metric.applyAsInt(method.base());
    Integer head = method.head() == null ? null : metric.applyAsInt(method.head());
    String tone = tone(base, head);
    if (base != null && head != null && !base.equals(head)) {
      svg.append("<line class=\"bar ").append(tone).append("\" x1=\"").append(x(x0, base, max)).append("\" y1=\"")
          .append(y).append("\" x2=\"").append(x(x0, head, max)).append("\" y2=\"").append(y).append("\"/>\n");
    }
    if (base != null) {
      svg.append("<circle class=\"dot-base\" cx=\"").append(x(x0, base, max)).append("\" cy=\"").append(y)
          .append("\" r=\"4.5\"/>\n");
    }
    if (head != null) {
      svg.append("<circle class=\"dot-head ").append(tone).append("\" cx=\"").append(x(x0, head, max))
          .append("\" cy=\"").append(y).append("\" r=\"5\"/>\n");
    }
    svg.append("<text class=\"value\" x=\"").append(x0 + TRACK + 8).append("\" y=\"").append(y + 4).append("\">")
        .append(Markup.text(values(base, head))).append("</text>\n");
  }

  private static void legend(StringBuilder svg, int y) {
    int x = PANEL_X[0];
    svg.append("<circle class=\"dot-base\" cx=\"").append(x).append("\" cy=\"").append(y - 4).append("\" r=\"4.5\"/>")
        .append("<text class=\"axis\" x=\"").append(x + 9).append("\" y=\"").append(y).append("\">before</text>\n");
    x += 9 + 6 * 7 + 18;
    String[][] entries = {{"up", "more complex"}, {"down", "simpler"}, {"new", "new method"}};
    for (String[] entry : entries) {
      svg.append("<circle class=\"dot-head ").append(entry[0]).append("\" cx=\"").append(x).append("\" cy=\"")
          .append(y - 4).append("\" r=\"5\"/>")
          .append("<text class=\"axis\" x=\"").append(x + 9).append("\" y=\"").append(y).append("\">")
          .append(entry[1]).append("</text>\n");
      // Monospace 11px is under 7px a character.
      x += 9 + entry[1].length() * 7 + 18;
    }
  }

  private static String tone(Integer base, Integer head) {
    if (base == null) {
      return "new";
    }
    if (head == null || head.equals(base)) {
      return "same";
    }
    return head > base ? "up" : "down";
  }

  private static String values(Integer base, Integer head) {
    if (base == null) {
      return "new " + head;
    }
    if (head == null) {
      return base + " → gone";
    }
    return base.equals(head) ? String.valueOf(head) : base + " → " + head;
  }

  private static String tooltip(MethodDelta method) {
    return method.label() + " in " + method.path() + " (" + method.change().change().id() + "): cognitive "
        + values(value(method.base(), MethodMetrics::cognitive), value(method.head(), MethodMetrics::cognitive))
        + ", cyclomatic "
        + values(value(method.base(), MethodMetrics::cyclomatic), value(method.head(), MethodMetrics::cyclomatic));
  }

  private static Integer value(MethodMetrics metrics, ToIntFunction<MethodMetrics> metric) {
    return metrics == null ? null : metric.applyAsInt(metrics);
  }

  /** A round upper bound for the axis: at least 5, a multiple of 5. */
  private static int scale(List<MethodDelta> rows, ToIntFunction<MethodMetrics> metric) {
    int max = 5;
    for (MethodDelta row : rows) {
      if (row.base() != null) {
        max = Math.max(max, metric.applyAsInt(row.base()));
      }
      if (row.head() != null) {
        max = Math.max(max, metric.applyAsInt(row.head()));
      }
    }
    return (max + 4) / 5 * 5;
  }

  private static String x(int x0, int value, int max) {
    return String.format(Locale.ROOT, "%.1f", x0 + (double) value / max * TRACK);
  }

  /** Keeps the method's name readable: the parameter list goes first, then the start of the type's name. */
  private static String shorten(String label) {
    if (label.length() <= LABEL_CHARS) {
      return label;
    }
    int paren = label.indexOf('(');
    String elided = paren > 0 ? label.substring(0, paren) + "(…)" : label;
    return elided.length() <= LABEL_CHARS ? elided : "…" + elided.substring(elided.length() - LABEL_CHARS + 1);
  }
}
