package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;

/**
 * PMD 7's {@code CYCLO} with default options: 1, plus 1 for each {@code if}, loop, {@code catch},
 * {@code throw} and {@code ?:}, plus each non-default switch entry's labels, plus the {@code &&} and
 * {@code ||} of the tests of those and of switch selectors. Lambdas and anonymous and local classes are
 * not part of the enclosing callable.
 */
final class Cyclomatic {

  private Cyclomatic() {}

  static int of(Optional<BlockStmt> body) {
    Decisions decisions = new Decisions();
    body.ifPresent(block -> block.accept(decisions, null));
    return 1 + decisions.count;
  }

  /** Counts decision points, stopping at code that belongs to another callable. */
  private static final class Decisions extends CallableCode {
    int count;

    @Override
    public void visit(IfStmt statement, Void arg) {
      count += 1 + booleanOperators(statement.getCondition());
      super.visit(statement, arg);
    }

    @Override
    public void visit(WhileStmt loop, Void arg) {
      count += 1 + booleanOperators(loop.getCondition());
      super.visit(loop, arg);
    }

    @Override
    public void visit(DoStmt loop, Void arg) {
      count += 1 + booleanOperators(loop.getCondition());
      super.visit(loop, arg);
    }

    @Override
    public void visit(ForStmt loop, Void arg) {
      count += 1 + loop.getCompare().map(Cyclomatic::booleanOperators).orElse(0);
      super.visit(loop, arg);
    }

    @Override
    public void visit(ForEachStmt loop, Void arg) {
      count += 1;
      super.visit(loop, arg);
    }

    @Override
    public void visit(ConditionalExpr conditional, Void arg) {
      count += 1 + booleanOperators(conditional.getCondition());
      super.visit(conditional, arg);
    }

    @Override
    public void visit(CatchClause clause, Void arg) {
      count += 1;
      super.visit(clause, arg);
    }

    @Override
    public void visit(ThrowStmt statement, Void arg) {
      count += 1;
      super.visit(statement, arg);
    }

    @Override
    public void visit(SwitchStmt statement, Void arg) {
      count += booleanOperators(statement.getSelector());
      super.visit(statement, arg);
    }

    @Override
    public void visit(SwitchExpr expression, Void arg) {
      count += booleanOperators(expression.getSelector());
      super.visit(expression, arg);
    }

    @Override
    public void visit(SwitchEntry entry, Void arg) {
      count += Switches.decisions(entry);
      super.visit(entry, arg);
    }

    @Override
    public void visit(LambdaExpr lambda, Void arg) {
      // another callable's code
    }
  }

  /**
   * PMD's boolean complexity of a test: a {@code ?:} at its top counts 2 plus that of its three operands;
   * otherwise each {@code &&} and {@code ||} in it counts 1, not looking into lambdas or anonymous class
   * bodies.
   */
  private static int booleanOperators(Expression test) {
    Expression bare = test;
    while (bare instanceof EnclosedExpr enclosed) {
      bare = enclosed.getInner();
    }
    if (bare instanceof ConditionalExpr conditional) {
      return 2
          + booleanOperators(conditional.getCondition())
          + booleanOperators(conditional.getThenExpr())
          + booleanOperators(conditional.getElseExpr());
    }
    return operatorsBelow(bare);
  }

  private static int operatorsBelow(Node node) {
    if (node instanceof LambdaExpr) {
      return 0;
    }
    int count = 0;
    if (node instanceof BinaryExpr binary
        && (binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR)) {
      count++;
    }
    if (node instanceof ObjectCreationExpr creation) {
      for (Expression argument : creation.getArguments()) {
        count += operatorsBelow(argument);
      }
      return count + creation.getScope().map(Cyclomatic::operatorsBelow).orElse(0);
    }
    for (Node child : node.getChildNodes()) {
      count += operatorsBelow(child);
    }
    return count;
  }
}
