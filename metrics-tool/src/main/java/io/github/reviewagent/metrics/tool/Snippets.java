package io.github.reviewagent.metrics.tool;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.ParseProblem;
import io.github.reviewagent.metrics.TypeReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a snippet the model wrote: a whole compilation unit, class members (one method, several), bare
 * statements, or an expression such as a lambda. What is not a compilation unit is wrapped, and every line is
 * mapped back to the snippet's own lines, so the model can point at them.
 */
final class Snippets {

  /** How a snippet that is not a compilation unit is made into one; tried in this order. */
  private enum Form {
    MEMBERS("class Snippet {\n", "\n}\n", "code was wrapped in class Snippet { ... }; lines are the code's own"),
    STATEMENTS(
        "class Snippet {\nvoid snippet() {\n",
        "\n}\n}\n",
        "code was wrapped in class Snippet { void snippet() { ... } }; lines are the code's own"),
    // An expression or a lambda is no statement (`a ? b : c;` does not parse): it is measured as a returned value.
    EXPRESSION(
        "class Snippet {\nObject snippet() {\nreturn\n",
        "\n;\n}\n}\n",
        "code was read as an expression and wrapped in class Snippet { Object snippet() { return ...; } };"
            + " lines are the code's own"),
    // A class's methods cannot be `default`: an interface's default methods need an interface around them.
    INTERFACE_MEMBERS(
        "interface Snippet {\n", "\n}\n", "code was wrapped in interface Snippet { ... }; lines are the code's own");

    final String prefix;
    final String suffix;
    final String note;

    Form(String prefix, String suffix, String note) {
      this.prefix = prefix;
      this.suffix = suffix;
      this.note = note;
    }

    int offset() {
      return (int) prefix.chars().filter(c -> c == '\n').count();
    }
  }

  /** A measured snippet. @param note how it was wrapped, or null when it was a compilation unit */
  record Measured(FileReport report, String note) {}

  /** What the wrappers call the class, and the file a compact source file is named after (so its class too). */
  private static final String CLASS = "Snippet";

  private final MetricsAnalyzer analyzer;

  Snippets(MetricsAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  Measured measure(String code) throws ToolError {
    int lines = Math.max(1, (int) code.lines().count());
    List<ParseProblem> problems = new ArrayList<>();
    FileReport unit = analyzer.analyze(CLASS + ".java", code);
    // JavaParser reads top-level methods as a compact source file (Java 25), whose implicit class is named after
    // the file; members wrapped read better. A class of that name that the code declares itself is no sign.
    boolean compact =
        unit.parsed() && !code.contains(CLASS) && unit.types().stream().anyMatch(t -> t.name().equals(CLASS));
    if (unit.parsed() && !compact) {
      return new Measured(unit, null);
    }
    if (!unit.parsed()) {
      problems.add(unit.error());
    }
    FileReport members = attempt(Form.MEMBERS, code, lines);
    boolean onlyFields = members.parsed() && members.types().size() == 1 && members.types().get(0).methods().isEmpty();
    if (members.parsed() && !onlyFields) {
      return new Measured(members, Form.MEMBERS.note);
    }
    if (!members.parsed()) {
      problems.add(members.error());
    }
    // `int x = 1;` is a field as a member but a statement in a method: the statement reading is meant.
    FileReport statements = attempt(Form.STATEMENTS, code, lines);
    if (statements.parsed()) {
      return new Measured(statements, Form.STATEMENTS.note);
    }
    if (onlyFields) {
      return new Measured(members, Form.MEMBERS.note);
    }
    if (compact) {
      return new Measured(unit, null);
    }
    problems.add(statements.error());
    FileReport expression = attempt(Form.EXPRESSION, code, lines);
    if (expression.parsed()) {
      return new Measured(expression, Form.EXPRESSION.note);
    }
    problems.add(expression.error());
    FileReport interfaceMembers = attempt(Form.INTERFACE_MEMBERS, code, lines);
    if (interfaceMembers.parsed()) {
      return new Measured(interfaceMembers, Form.INTERFACE_MEMBERS.note);
    }
    problems.add(interfaceMembers.error());
    throw new ToolError(describe(furthest(problems)));
  }

  private FileReport attempt(Form form, String code, int lines) {
    FileReport wrapped = analyzer.analyze("code", form.prefix + code + form.suffix);
    if (!wrapped.parsed()) {
      ParseProblem p = wrapped.error();
      int line = p.line() == 0 ? 0 : clamp(p.line() - form.offset(), lines);
      return FileReport.failed("code", new ParseProblem(line, p.column(), p.message()), lines);
    }
    List<TypeReport> types = new ArrayList<>();
    for (TypeReport t : wrapped.types()) {
      List<MethodReport> methods = new ArrayList<>();
      for (MethodReport m : t.methods()) {
        int line = clamp(m.line() - form.offset(), lines);
        int endLine = clamp(m.endLine() - form.offset(), lines);
        MethodMetrics k = m.metrics();
        MethodMetrics metrics = new MethodMetrics(
            k.cyclomatic(), k.cognitive(), k.npath(), k.ncss(), endLine - line + 1, k.maxNesting(), k.parameters());
        methods.add(new MethodReport(m.name(), m.signature(), m.kind(), line, endLine, metrics));
      }
      types.add(new TypeReport(
          t.name(), t.kind(), clamp(t.line() - form.offset(), lines), clamp(t.endLine() - form.offset(), lines),
          t.wmc(), t.methodCount(), t.fieldCount(), t.ncss(), methods));
    }
    return new FileReport("code", null, wrapped.ncss(), lines, types);
  }

  private static int clamp(int line, int lines) {
    return Math.max(1, Math.min(line, lines));
  }

  /** The problem the parser met furthest into the code: the reading that got furthest is likeliest meant. */
  private static ParseProblem furthest(List<ParseProblem> problems) {
    ParseProblem best = problems.get(0);
    for (ParseProblem p : problems) {
      if (p.line() > best.line() || (p.line() == best.line() && p.column() > best.column())) {
        best = p;
      }
    }
    return best;
  }

  static String describe(ParseProblem problem) {
    String where = problem.line() == 0 ? "" : " at line " + problem.line() + ", column " + problem.column();
    return "code does not parse" + where + " (" + shorten(problem.message())
        + "): pass a whole file, class members such as a method, statements or an expression, as Java source";
  }

  /** JavaParser lists every token it would have accepted; past a few that list only costs tokens. */
  static String shorten(String message) {
    int expected = message.indexOf(", expected one of");
    if (expected >= 0 && message.length() - expected > 80) {
      return message.substring(0, expected);
    }
    return message.length() > 200 ? message.substring(0, 200) + "..." : message;
  }
}
