package io.github.reviewagent.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a Java class of random methods that nest the constructs our metrics care about (every kind of
 * loop, old and arrow switches, switch expressions with yields, try/catch/finally, labels with break and
 * continue, boolean operators and {@code ?:}, lambdas, local classes), so that the differential test
 * reaches combinations the real-code corpus (Java 8) never has. The same seed gives the same source.
 */
final class RandomMethods {

  private static final String[] BOOLEANS = {"a", "b", "c", "d", "x > 0", "f3(a)", "true"};
  private static final String[] VALUES = {"1", "x", "i(1)"};

  private final Random random;
  private int names;

  private RandomMethods(long seed) {
    this.random = new Random(seed);
  }

  /** A compilation unit with {@code count} methods {@code m0...}, one per line. */
  static String source(long seed, int count) {
    RandomMethods generator = new RandomMethods(seed);
    StringBuilder source = new StringBuilder("import java.util.*;\nabstract class Generated { int x; List<String> list;\n");
    for (int i = 0; i < count; i++) {
      source.append("  void m").append(i).append("(boolean a, boolean b, boolean c, boolean d) ")
          .append(generator.block(Context.METHOD, 0)).append('\n');
    }
    return source
        .append("  abstract void f(); abstract boolean f3(boolean z); abstract int i(int z);\n")
        .append("  abstract int l(java.util.function.IntSupplier s); abstract void run(Runnable r);\n}\n")
        .toString();
  }

  /** Where a statement stands: enclosing loops, switches and labels, and whether a yield is allowed. */
  private record Context(int loops, int switches, List<String> labels, List<String> loopLabels, boolean yields) {
    static final Context METHOD = new Context(0, 0, List.of(), List.of(), false);
    static final Context SWITCH_EXPRESSION = new Context(0, 0, List.of(), List.of(), true);

    Context inLoop() {
      return new Context(loops + 1, switches, labels, loopLabels, yields);
    }

    Context inSwitch() {
      return new Context(loops, switches + 1, labels, loopLabels, yields);
    }

    Context labelled(String label, boolean loop) {
      List<String> more = new ArrayList<>(labels);
      more.add(label);
      List<String> moreLoops = new ArrayList<>(loopLabels);
      if (loop) {
        moreLoops.add(label);
      }
      return new Context(loops, switches, more, moreLoops, yields);
    }
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String test(int depth) {
    double r = random.nextDouble();
    if (depth > 2 || r < 0.35) {
      return pick(BOOLEANS);
    }
    if (r < 0.55) {
      return test(depth + 1) + " && " + test(depth + 1);
    }
    if (r < 0.7) {
      return test(depth + 1) + " || " + test(depth + 1);
    }
    if (r < 0.8) {
      return "!(" + test(depth + 1) + ")";
    }
    if (r < 0.9) {
      return "(" + test(depth + 1) + " ? " + test(depth + 1) + " : " + test(depth + 1) + ")";
    }
    return "f3(" + test(depth + 1) + ")";
  }

  private String value(int depth) {
    double r = random.nextDouble();
    if (depth > 2 || r < 0.4) {
      return pick(VALUES);
    }
    if (r < 0.6) {
      return "(" + test(depth + 1) + " ? " + value(depth + 1) + " : " + value(depth + 1) + ")";
    }
    if (r < 0.7) {
      return "i(" + value(depth + 1) + ")";
    }
    if (r < 0.8) {
      return "(" + test(depth + 1) + " ? 1 : 2) + " + value(depth + 1);
    }
    if (r < 0.9) {
      return "switch (x) { case 1 -> " + value(depth + 1) + "; default -> 2; }";
    }
    return "l(() -> " + value(depth + 1) + ")";
  }

  private String block(Context context, int depth) {
    StringBuilder block = new StringBuilder("{ ");
    int statements = 1 + random.nextInt(2);
    for (int i = 0; i < statements; i++) {
      block.append(statement(context, depth)).append(' ');
    }
    return block.append('}').toString();
  }

  private String statement(Context context, int depth) {
    List<String> kinds = new ArrayList<>(List.of("expression", "variable", "return", "throw", "assert"));
    if (depth < 6) {
      kinds.addAll(List.of("if", "ifElse"));
    }
    if (depth < 4) {
      kinds.addAll(List.of("while", "do", "for", "foreach", "switch", "arrows", "try", "synchronized", "label",
          "lambda", "local", "switchExpression"));
    }
    if (context.loops() > 0 || context.switches() > 0) {
      kinds.addAll(List.of("break", "break"));
    }
    if (context.loops() > 0) {
      kinds.addAll(List.of("continue", "continue"));
    }
    if (!context.labels().isEmpty()) {
      kinds.add("labelledBreak");
    }
    if (!context.loopLabels().isEmpty()) {
      kinds.add("labelledContinue");
    }
    if (context.yields()) {
      kinds.add("yield");
    }
    int next = depth + 1;
    String kind = kinds.get(random.nextInt(kinds.size()));
    return switch (kind) {
      case "expression" -> chance(0.5) ? "f();" : "x = " + value(0) + ";";
      case "variable" -> "int v" + (names++) + " = " + value(0) + ";";
      case "return" -> context.yields() ? "f();" : "return;";
      case "throw" -> chance(0.5) ? "throw new RuntimeException();" : "if (" + test(0) + ") throw new RuntimeException();";
      case "assert" -> "assert " + test(0) + " : " + value(0) + ";";
      case "if" -> "if (" + test(0) + ") " + block(context, next);
      case "ifElse" -> "if (" + test(0) + ") " + block(context, next) + " else "
          + (chance(0.4) ? "if (" + test(0) + ") " + block(context, next) : block(context, next));
      case "while" -> "while (" + test(0) + ") " + block(context.inLoop(), next);
      case "do" -> "do " + block(context.inLoop(), next) + " while (" + test(0) + ");";
      case "for" -> "for (int j = " + value(0) + "; " + test(0) + "; j += " + value(0) + ") " + block(context.inLoop(), next);
      case "foreach" -> "for (String s : " + pick("list", "(a ? list : list)") + ") " + block(context.inLoop(), next);
      case "switch" -> oldSwitch(context.inSwitch(), next);
      case "arrows" -> arrowSwitch(context.inSwitch(), next);
      case "try" -> tryStatement(context, next);
      case "synchronized" -> "synchronized (this) " + block(context, next);
      case "label" -> labelled(context, next);
      case "lambda" -> chance(0.5)
          ? "run(() -> " + block(Context.METHOD, next) + ");"
          : "Runnable r" + (names++) + " = () -> " + block(Context.METHOD, next) + ";";
      case "local" -> "class C" + (names++) + " { void local" + (names++) + "() "
          + block(Context.METHOD, next) + " }";
      case "switchExpression" -> switchExpression(next);
      case "break" -> chance(0.7) ? "if (" + test(0) + ") break;" : "break;";
      case "continue" -> chance(0.7) ? "if (" + test(0) + ") continue;" : "continue;";
      case "labelledBreak" -> "if (" + test(0) + ") break " + context.labels().get(random.nextInt(context.labels().size())) + ";";
      case "labelledContinue" ->
          "if (" + test(0) + ") continue " + context.loopLabels().get(random.nextInt(context.loopLabels().size())) + ";";
      case "yield" -> "if (" + test(0) + ") yield " + value(0) + ";";
      default -> throw new IllegalStateException(kind);
    };
  }

  private String oldSwitch(Context context, int depth) {
    StringBuilder s = new StringBuilder("switch (" + value(0) + ") { ");
    int groups = 1 + random.nextInt(3);
    for (int g = 0; g < groups; g++) {
      int labels = 1 + random.nextInt(2);
      for (int l = 0; l < labels; l++) {
        s.append("case ").append(g * 10 + l).append(": ");
      }
      int statements = random.nextInt(3);
      for (int i = 0; i < statements; i++) {
        s.append(statement(context, depth)).append(' ');
      }
    }
    if (chance(0.5)) {
      s.append("default: ").append(statement(context, depth)).append(' ');
    }
    return s.append('}').toString();
  }

  private String arrowSwitch(Context context, int depth) {
    StringBuilder s = new StringBuilder("switch (" + value(0) + ") { ");
    int entries = 1 + random.nextInt(3);
    for (int e = 0; e < entries; e++) {
      s.append("case ").append(e * 10);
      if (chance(0.5)) {
        s.append(", ").append(e * 10 + 1);
      }
      double r = random.nextDouble();
      s.append(" -> ")
          .append(r < 0.5 ? block(context, depth) : r < 0.8 ? "f();" : "throw new RuntimeException();")
          .append(' ');
    }
    if (chance(0.5)) {
      s.append("default -> ").append(block(context, depth)).append(' ');
    }
    return s.append('}').toString();
  }

  private String tryStatement(Context context, int depth) {
    StringBuilder s = new StringBuilder("try " + block(context, depth));
    int catches = random.nextInt(3);
    for (int c = 0; c < catches; c++) {
      s.append(c == 0 ? " catch (IllegalStateException | IllegalArgumentException e" : " catch (RuntimeException e")
          .append(c).append(") ").append(block(context, depth));
    }
    if (catches == 0 || chance(0.5)) {
      s.append(" finally ").append(block(context, depth));
    }
    return s.toString();
  }

  private String labelled(Context context, int depth) {
    String label = "L" + (names++);
    return switch (random.nextInt(4)) {
      case 0 -> label + ": while (" + test(0) + ") " + block(context.labelled(label, true).inLoop(), depth);
      case 1 -> label + ": for (String s : list) " + block(context.labelled(label, true).inLoop(), depth);
      case 2 -> label + ": if (" + test(0) + ") " + block(context.labelled(label, false), depth);
      default -> label + ": " + block(context.labelled(label, false), depth);
    };
  }

  private String switchExpression(int depth) {
    StringBuilder s = new StringBuilder("int y" + (names++) + " = switch (x) { ");
    int entries = 1 + random.nextInt(2);
    for (int e = 0; e < entries; e++) {
      s.append("case ").append(e).append(" -> ");
      if (chance(0.6)) {
        s.append("{ ").append(statement(Context.SWITCH_EXPRESSION, depth)).append(" yield ")
            .append(value(0)).append("; } ");
      } else {
        s.append(value(0)).append("; ");
      }
    }
    return s.append("default -> ").append(value(0)).append("; };").toString();
  }
}
