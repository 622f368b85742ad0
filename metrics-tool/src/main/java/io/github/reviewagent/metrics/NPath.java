package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.visitor.GenericVisitorWithDefaults;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * PMD 7's {@code NPATH} (the control-flow aware version since PMD 7.14): the number of acyclic execution
 * paths through a callable, saturating at {@link Long#MAX_VALUE}.
 *
 * <p>Each statement is evaluated to a {@link Flow}: how many paths leave it normally, how many end the
 * callable ({@code return}, {@code throw}) and how many jump ({@code break}, {@code continue},
 * {@code yield}). A sequence multiplies only the paths that reach the next statement, so an early
 * {@code return} adds a path instead of doubling the rest. Boolean operators, {@code ?:} and top-level
 * switch expressions split paths inside expressions. Lambdas and anonymous class bodies are not part of the
 * enclosing callable; local class bodies are, as in PMD. The construct-by-construct rules, including
 * PMD's quirks that are followed on purpose, are pinned by the hand-counted fixture
 * {@code src/test/resources/metrics/npath.java} and the differential tests against PMD.
 */
final class NPath {

  private NPath() {}

  /** NPath of a callable whose body is {@code body} (empty for abstract and native methods). */
  static long of(Optional<BlockStmt> body, EnumConstants enums) {
    if (body.isEmpty()) {
      return 1;
    }
    Flow flow = body.get().accept(new Statements(enums), Set.of());
    return add(flow.normal, flow.exit);
  }

  // ---- saturating arithmetic: path counts grow exponentially, Long.MAX_VALUE means "at least that many"

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long multiply(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** Paths of an expression: taken when it is true, when false, and when only its value matters. */
  private record Paths(long whenTrue, long whenFalse, long value) {
    static final Paths ONE = new Paths(1, 1, 1);

    static Paths leaf(long value) {
      return value == 1 ? ONE : new Paths(value, value, value);
    }
  }

  /**
   * Paths leaving a statement. Jumps are kept by label ({@code ""} for an unlabeled break or continue)
   * until the statement they target turns them into normal completion.
   */
  private static final class Flow {
    static final Flow NONE = new Flow(0, 0, 0, Jumps.NONE, Jumps.NONE);

    final long normal;
    final long exit;
    final long yields;
    final Jumps breaks;
    final Jumps continues;

    Flow(long normal, long exit, long yields, Jumps breaks, Jumps continues) {
      this.normal = normal;
      this.exit = exit;
      this.yields = yields;
      this.breaks = breaks;
      this.continues = continues;
    }

    static Flow normal(long paths) {
      return new Flow(paths, 0, 0, Jumps.NONE, Jumps.NONE);
    }

    /** This statement followed by {@code next}: only the normally completing paths reach it. */
    Flow then(Flow next) {
      return new Flow(
          multiply(normal, next.normal),
          add(exit, multiply(normal, next.exit)),
          add(yields, multiply(normal, next.yields)),
          breaks.plus(next.breaks.times(normal)),
          continues.plus(next.continues.times(normal)));
    }

    Flow times(long factor) {
      if (factor == 1) {
        return this;
      }
      return new Flow(
          multiply(normal, factor),
          multiply(exit, factor),
          multiply(yields, factor),
          breaks.times(factor),
          continues.times(factor));
    }

    Flow plus(Flow other) {
      return new Flow(
          add(normal, other.normal),
          add(exit, other.exit),
          add(yields, other.yields),
          breaks.plus(other.breaks),
          continues.plus(other.continues));
    }

    Flow withNormal(long paths) {
      return new Flow(paths, exit, yields, breaks, continues);
    }

    Flow withExit(long paths) {
      return new Flow(normal, paths, yields, breaks, continues);
    }

    /** Turns the breaks aimed at a statement with these labels into normal completion. */
    Flow resolveBreaks(Set<String> labels, boolean unlabeledToo) {
      long resolved = breaks.targeting(labels, unlabeledToo);
      return resolved == 0
          ? this
          : new Flow(add(normal, resolved), exit, yields, breaks.without(labels, unlabeledToo), continues);
    }
  }

  /** Pending jumps by label; almost always empty, so kept as a tiny immutable association list. */
  private static final class Jumps {
    static final Jumps NONE = new Jumps(new String[0], new long[0]);

    private final String[] labels;
    private final long[] counts;

    private Jumps(String[] labels, long[] counts) {
      this.labels = labels;
      this.counts = counts;
    }

    static Jumps of(String label) {
      return new Jumps(new String[] {label}, new long[] {1});
    }

    boolean isEmpty() {
      return labels.length == 0;
    }

    Jumps times(long factor) {
      if (isEmpty() || factor == 1) {
        return this;
      }
      if (factor == 0) {
        return NONE;
      }
      long[] scaled = new long[counts.length];
      for (int i = 0; i < counts.length; i++) {
        scaled[i] = multiply(counts[i], factor);
      }
      return new Jumps(labels, scaled);
    }

    Jumps plus(Jumps other) {
      if (other.isEmpty()) {
        return this;
      }
      if (isEmpty()) {
        return other;
      }
      String[] mergedLabels = Arrays.copyOf(labels, labels.length + other.labels.length);
      long[] mergedCounts = Arrays.copyOf(counts, counts.length + other.counts.length);
      int size = labels.length;
      for (int i = 0; i < other.labels.length; i++) {
        int existing = indexOf(other.labels[i], mergedLabels, size);
        if (existing >= 0) {
          mergedCounts[existing] = add(mergedCounts[existing], other.counts[i]);
        } else {
          mergedLabels[size] = other.labels[i];
          mergedCounts[size] = other.counts[i];
          size++;
        }
      }
      return new Jumps(Arrays.copyOf(mergedLabels, size), Arrays.copyOf(mergedCounts, size));
    }

    long targeting(Set<String> targets, boolean unlabeledToo) {
      long sum = 0;
      for (int i = 0; i < labels.length; i++) {
        if (matches(labels[i], targets, unlabeledToo)) {
          sum = add(sum, counts[i]);
        }
      }
      return sum;
    }

    Jumps without(Set<String> targets, boolean unlabeledToo) {
      Jumps rest = NONE;
      for (int i = 0; i < labels.length; i++) {
        if (!matches(labels[i], targets, unlabeledToo)) {
          rest = rest.plus(new Jumps(new String[] {labels[i]}, new long[] {counts[i]}));
        }
      }
      return rest;
    }

    private static boolean matches(String label, Set<String> targets, boolean unlabeledToo) {
      return label.isEmpty() ? unlabeledToo : targets.contains(label);
    }

    private static int indexOf(String label, String[] in, int size) {
      for (int i = 0; i < size; i++) {
        if (in[i].equals(label)) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * Evaluates statements; the argument is the set of labels that name the visited statement (a break to
   * one of them ends that statement).
   */
  private static final class Statements extends GenericVisitorWithDefaults<Flow, Set<String>> {

    private final EnumConstants enums;

    Statements(EnumConstants enums) {
      this.enums = enums;
    }

    /** Statements without control flow of their own (empty, unparsable, ...): one path. */
    @Override
    public Flow defaultAction(Node node, Set<String> labels) {
      return Flow.normal(1);
    }

    private Flow statement(Statement statement) {
      return statement.accept(this, Set.of());
    }

    private Flow sequence(NodeList<Statement> statements) {
      Flow flow = Flow.normal(1);
      for (Statement statement : statements) {
        flow = flow.then(statement(statement));
        if (flow.normal == 0) {
          break; // no path reaches the rest
        }
      }
      return flow;
    }

    @Override
    public Flow visit(BlockStmt block, Set<String> labels) {
      return sequence(block.getStatements());
    }

    @Override
    public Flow visit(LabeledStmt labeled, Set<String> labels) {
      Set<String> names = new HashSet<>(labels);
      names.add(labeled.getLabel().asString());
      Flow flow = labeled.getStatement().accept(this, names);
      // PMD only resolves a labelled break at a loop, switch or if; one aimed at a block, try or
      // synchronized statement is lost, so those paths are not counted.
      return new Flow(
          flow.normal, flow.exit, flow.yields, flow.breaks.without(names, false), flow.continues);
    }

    @Override
    public Flow visit(ExpressionStmt statement, Set<String> labels) {
      return value(statement.getExpression());
    }

    @Override
    public Flow visit(ExplicitConstructorInvocationStmt call, Set<String> labels) {
      return Flow.normal(generic(call));
    }

    @Override
    public Flow visit(AssertStmt statement, Set<String> labels) {
      Flow check = value(statement.getCheck());
      return statement.getMessage().map(message -> check.then(value(message))).orElse(check);
    }

    @Override
    public Flow visit(ReturnStmt statement, Set<String> labels) {
      return statement.getExpression().map(this::ending).orElse(new Flow(0, 1, 0, Jumps.NONE, Jumps.NONE));
    }

    @Override
    public Flow visit(ThrowStmt statement, Set<String> labels) {
      return ending(statement.getExpression());
    }

    /** The paths of an expression whose value ends the callable. */
    private Flow ending(Expression expression) {
      Flow flow = value(expression);
      return flow.withNormal(0).withExit(add(flow.exit, flow.normal));
    }

    @Override
    public Flow visit(YieldStmt statement, Set<String> labels) {
      Flow flow = value(statement.getExpression());
      return new Flow(0, flow.exit, add(flow.yields, flow.normal), flow.breaks, flow.continues);
    }

    @Override
    public Flow visit(BreakStmt statement, Set<String> labels) {
      return new Flow(0, 0, 0, Jumps.of(statement.getLabel().map(l -> l.asString()).orElse("")), Jumps.NONE);
    }

    @Override
    public Flow visit(ContinueStmt statement, Set<String> labels) {
      return new Flow(0, 0, 0, Jumps.NONE, Jumps.of(statement.getLabel().map(l -> l.asString()).orElse("")));
    }

    @Override
    public Flow visit(IfStmt statement, Set<String> labels) {
      Paths condition = paths(statement.getCondition());
      Flow then = statement(statement.getThenStmt()).times(condition.whenTrue);
      Flow otherwise = statement.getElseStmt().map(this::statement).orElse(Flow.normal(1));
      return then.plus(otherwise.times(condition.whenFalse)).resolveBreaks(labels, false);
    }

    @Override
    public Flow visit(WhileStmt loop, Set<String> labels) {
      return loop(loop.getCondition(), loop.getBody(), 1, labels);
    }

    @Override
    public Flow visit(ForStmt loop, Set<String> labels) {
      Flow init = Flow.normal(1);
      for (Expression expression : loop.getInitialization()) {
        init = init.then(value(expression));
      }
      long update = 1;
      for (Expression expression : loop.getUpdate()) {
        update = multiply(update, paths(expression).value);
      }
      return init.then(loop(loop.getCompare().orElse(null), loop.getBody(), update, labels));
    }

    /**
     * A while or for loop: the body runs once or not at all. A missing or literal {@code true} condition
     * has no false outcome. Iterations that end normally pass the update; following PMD, those ended by
     * {@code continue} do not, and breaks leave the loop.
     */
    private Flow loop(Expression condition, Statement body, long update, Set<String> labels) {
      Paths test = condition == null || isTrue(condition) ? new Paths(1, 0, 1) : paths(condition);
      return iterations(test.whenTrue, test.whenFalse, statement(body), update, labels);
    }

    /** PMD evaluates the iterable twice: once as the loop's start, once as the loop's test. */
    @Override
    public Flow visit(ForEachStmt loop, Set<String> labels) {
      long iterable = paths(loop.getIterable()).value;
      long entries = multiply(iterable, iterable);
      return iterations(entries, entries, statement(loop.getBody()), 1, labels);
    }

    /**
     * A loop whose test is true on {@code entering} paths and false on {@code leaving} ones, around one
     * {@code iteration} of its body followed by {@code update} paths.
     */
    private static Flow iterations(long entering, long leaving, Flow iteration, long update, Set<String> labels) {
      long completed =
          add(
              add(multiply(iteration.normal, update), iteration.continues.targeting(labels, true)),
              iteration.breaks.targeting(labels, true));
      Flow others =
          new Flow(
              0,
              iteration.exit,
              iteration.yields,
              iteration.breaks.without(labels, true),
              iteration.continues.without(labels, true));
      return others.times(entering).withNormal(add(multiply(entering, completed), leaving));
    }

    /**
     * A do loop: after the body, the test's true outcomes end the path (the back edge) and its false
     * outcomes leave the loop. Following PMD, breaks leave the loop normally and, when the test is a single
     * operand (no {@code &&}, {@code ||} or {@code ?:}), also count once more as ended paths.
     */
    @Override
    public Flow visit(DoStmt loop, Set<String> labels) {
      Flow iteration = statement(loop.getBody());
      Paths test = paths(loop.getCondition());
      long continuing = add(iteration.normal, iteration.continues.targeting(labels, true));
      long breaking = iteration.breaks.targeting(labels, true);
      long ended = add(iteration.exit, multiply(continuing, test.whenTrue));
      if (isSingleOperand(loop.getCondition())) {
        ended = add(ended, breaking);
      }
      return new Flow(
          add(multiply(continuing, test.whenFalse), breaking),
          ended,
          iteration.yields,
          iteration.breaks.without(labels, true),
          iteration.continues.without(labels, true));
    }

    @Override
    public Flow visit(SwitchStmt statement, Set<String> labels) {
      return switchFlow(statement.getSelector(), statement.getEntries(), false)
          .resolveBreaks(labels, true);
    }

    @Override
    public Flow visit(TryStmt statement, Set<String> labels) {
      // PMD chains resources, the try block, every catch block and the finally block one after another.
      Flow flow = Flow.normal(1);
      for (Expression resource : statement.getResources()) {
        flow = flow.then(value(resource));
      }
      flow = flow.then(statement(statement.getTryBlock()));
      for (CatchClause clause : statement.getCatchClauses()) {
        flow = flow.then(statement(clause.getBody()));
      }
      if (statement.getFinallyBlock().isPresent()) {
        flow = flow.then(statement(statement.getFinallyBlock().get()));
      }
      return flow;
    }

    @Override
    public Flow visit(SynchronizedStmt statement, Set<String> labels) {
      return value(statement.getExpression()).then(statement(statement.getBody()));
    }

    @Override
    public Flow visit(LocalClassDeclarationStmt statement, Set<String> labels) {
      return declaration(statement.getClassDeclaration());
    }

    @Override
    public Flow visit(LocalRecordDeclarationStmt statement, Set<String> labels) {
      return declaration(statement.getRecordDeclaration());
    }

    /**
     * PMD walks a local class as if its members' code ran in place, one after another: their paths count
     * in the enclosing callable and a {@code return} in them ends a path of it.
     */
    private Flow declaration(TypeDeclaration<?> type) {
      Flow flow = Flow.normal(1);
      if (type instanceof EnumDeclaration enumeration) {
        for (EnumConstantDeclaration constant : enumeration.getEntries()) {
          flow = flow.then(Flow.normal(generic(constant.getArguments())));
          flow = flow.then(members(constant.getClassBody()));
        }
      }
      return flow.then(members(type.getMembers()));
    }

    private Flow members(NodeList<BodyDeclaration<?>> members) {
      Flow flow = Flow.normal(1);
      for (BodyDeclaration<?> member : members) {
        if (member instanceof FieldDeclaration field) {
          for (VariableDeclarator variable : field.getVariables()) {
            flow = flow.then(variable.getInitializer().map(this::value).orElse(Flow.normal(1)));
          }
        } else if (member instanceof CallableDeclaration<?> callable) {
          flow = flow.then(Callables.body(callable).map(this::statement).orElse(Flow.normal(1)));
        } else if (member instanceof CompactConstructorDeclaration compact) {
          flow = flow.then(statement(compact.getBody()));
        } else if (member instanceof InitializerDeclaration initializer) {
          flow = flow.then(statement(initializer.getBody()));
        } else if (member instanceof TypeDeclaration<?> nested) {
          flow = flow.then(declaration(nested));
        }
      }
      return flow;
    }

    /**
     * Paths of a switch. Each entry weighs its number of labels ({@code default} weighs 1); an entry's
     * paths continue into the next entry when it falls through. A switch without {@code default} that is
     * not known to be exhaustive has one more path, for no match.
     */
    private Flow switchFlow(Expression selector, NodeList<SwitchEntry> entries, boolean isExpression) {
      boolean exhaustive = isExpression || Switches.isExhaustive(entries, enums);
      Flow total = exhaustive ? Flow.NONE : Flow.normal(1);
      Flow next = Flow.normal(1);
      for (int i = entries.size() - 1; i >= 0; i--) {
        SwitchEntry entry = entries.get(i);
        Flow body = entryFlow(entry);
        Flow chain = entry.getType() == SwitchEntry.Type.STATEMENT_GROUP ? body.then(next) : body;
        total = total.plus(chain.times(Switches.weight(entry)));
        next = chain;
      }
      return value(selector).then(total);
    }

    private Flow entryFlow(SwitchEntry entry) {
      if (entry.getType() == SwitchEntry.Type.EXPRESSION
          && entry.getStatements().size() == 1
          && entry.getStatements().get(0) instanceof ExpressionStmt arrow) {
        return value(arrow.getExpression());
      }
      return sequence(entry.getStatements());
    }

    /**
     * Paths of an expression in a statement's own slot (initializer, return, yield, throw, selector, ...):
     * there, and only there, PMD follows the branches of a switch expression.
     */
    private Flow value(Expression expression) {
      Expression bare = unwrap(expression);
      if (bare instanceof SwitchExpr switchExpr) {
        Flow flow = switchFlow(switchExpr.getSelector(), switchExpr.getEntries(), true);
        return new Flow(add(flow.normal, flow.yields), flow.exit, 0, flow.breaks, flow.continues);
      }
      if (bare instanceof VariableDeclarationExpr declaration) {
        Flow flow = Flow.normal(1);
        for (VariableDeclarator variable : declaration.getVariables()) {
          if (variable.getInitializer().isPresent()) {
            flow = flow.then(value(variable.getInitializer().get()));
          }
        }
        return flow;
      }
      return Flow.normal(paths(bare).value);
    }
  }

  // ---- expressions

  /**
   * True, false and value paths of an expression. {@code &&}, {@code ||}, {@code !} and {@code ?:}
   * combine their operands; a lambda or an anonymous class body adds nothing; any other expression is one
   * operand whose paths are the product of its parts' (a nested switch expression included, as in PMD).
   */
  private static Paths paths(Expression expression) {
    Expression bare = unwrap(expression);
    if (bare instanceof BinaryExpr binary) {
      if (binary.getOperator() == BinaryExpr.Operator.AND) {
        Paths left = paths(binary.getLeft());
        Paths right = paths(binary.getRight());
        return new Paths(
            multiply(left.whenTrue, right.whenTrue),
            add(left.whenFalse, multiply(left.whenTrue, right.whenFalse)),
            add(left.value, multiply(left.whenTrue, right.value)));
      }
      if (binary.getOperator() == BinaryExpr.Operator.OR) {
        Paths left = paths(binary.getLeft());
        Paths right = paths(binary.getRight());
        return new Paths(
            add(left.whenTrue, multiply(left.whenFalse, right.whenTrue)),
            multiply(left.whenFalse, right.whenFalse),
            add(left.value, multiply(left.whenFalse, right.value)));
      }
    }
    if (bare instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      Paths operand = paths(unary.getExpression());
      return new Paths(operand.whenFalse, operand.whenTrue, operand.value);
    }
    if (bare instanceof ConditionalExpr conditional) {
      Paths test = paths(conditional.getCondition());
      Paths then = paths(conditional.getThenExpr());
      Paths otherwise = paths(conditional.getElseExpr());
      return new Paths(
          add(multiply(test.whenTrue, then.whenTrue), multiply(test.whenFalse, otherwise.whenTrue)),
          add(multiply(test.whenTrue, then.whenFalse), multiply(test.whenFalse, otherwise.whenFalse)),
          add(multiply(test.whenTrue, then.value), multiply(test.whenFalse, otherwise.value)));
    }
    if (bare instanceof LambdaExpr) {
      return Paths.ONE;
    }
    if (bare instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      long paths = creation.getScope().map(scope -> paths(scope).value).orElse(1L);
      return Paths.leaf(multiply(paths, generic(creation.getArguments())));
    }
    return Paths.leaf(generic(bare));
  }

  /** The product of the value paths of every expression below a node (statements add no paths here). */
  private static long generic(Node node) {
    long product = 1;
    for (Node child : node.getChildNodes()) {
      product = multiply(product, child instanceof Expression expression ? paths(expression).value : generic(child));
    }
    return product;
  }

  private static long generic(NodeList<Expression> expressions) {
    long product = 1;
    for (Expression expression : expressions) {
      product = multiply(product, paths(expression).value);
    }
    return product;
  }

  private static Expression unwrap(Expression expression) {
    Expression bare = expression;
    while (bare instanceof EnclosedExpr enclosed) {
      bare = enclosed.getInner();
    }
    return bare;
  }

  private static boolean isTrue(Expression expression) {
    return unwrap(expression) instanceof BooleanLiteralExpr literal && literal.getValue();
  }

  /** A test without {@code &&}, {@code ||} or {@code ?:} at its top (negations and parentheses aside). */
  private static boolean isSingleOperand(Expression expression) {
    Expression bare = unwrap(expression);
    while (bare instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      bare = unwrap(unary.getExpression());
    }
    if (bare instanceof BinaryExpr binary) {
      return binary.getOperator() != BinaryExpr.Operator.AND && binary.getOperator() != BinaryExpr.Operator.OR;
    }
    return !(bare instanceof ConditionalExpr);
  }
}
