package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.List;

/**
 * One pass over a callable's syntax tree, mirroring SonarSource's {@code CognitiveComplexityVisitor}. No
 * symbol resolution: the analyzer needs none to count (recursion is not counted at all), so neither do we.
 *
 * <p>Where the analyzer departs from the specification's text, it is followed: a switch expression adds
 * nothing and does not nest; loop and switch headers (conditions, selectors) are already nested, while an
 * {@code if} condition is not; method references and recursion add nothing.
 */
final class CognitiveCounter {

  private int complexity;
  /** 0 at the top of the method body. */
  private int nesting;
  /** The previous operator of the run of {@code &&}/{@code ||} being counted; null outside a run. */
  private BinaryExpr.Operator previousLogical;

  private CognitiveCounter() {}

  static int count(Node callable) {
    CognitiveCounter counter = new CognitiveCounter();
    counter.children(callable);
    return counter.complexity;
  }

  private void walk(Node node) {
    if (node instanceof IfStmt statement) {
      ifStatement(statement, false);
    } else if (isNestingStructure(node)) {
      complexity += 1 + nesting;
      nestedChildren(node);
    } else if (node instanceof TryStmt statement) {
      tryStatement(statement);
    } else if (node instanceof BreakStmt statement) {
      complexity += statement.getLabel().isPresent() ? 1 : 0;
    } else if (node instanceof ContinueStmt statement) {
      complexity += statement.getLabel().isPresent() ? 1 : 0;
    } else if (node instanceof LambdaExpr || node instanceof TypeDeclaration<?>) {
      nestedChildren(node);
    } else if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      creation.getScope().ifPresent(this::walk);
      creation.getTypeArguments().ifPresent(arguments -> arguments.forEach(this::walk));
      walk(creation.getType());
      creation.getArguments().forEach(this::walk);
      nested(creation.getAnonymousClassBody().get());
    } else if (node instanceof EnumConstantDeclaration constant) {
      constant.getAnnotations().forEach(this::walk);
      constant.getArguments().forEach(this::walk);
      nested(constant.getClassBody());
    } else if (node instanceof BinaryExpr binary && isLogical(binary)) {
      logicalRoot(binary);
    } else {
      children(node);
    }
  }

  /** The structures that add 1 plus the nesting level and nest everything inside them, header included. */
  private static boolean isNestingStructure(Node node) {
    return node instanceof ConditionalExpr
        || node instanceof SwitchStmt
        || node instanceof ForStmt
        || node instanceof ForEachStmt
        || node instanceof WhileStmt
        || node instanceof DoStmt;
  }

  /**
   * {@code if} adds 1 plus nesting, {@code else if} and {@code else} add 1. An {@code else if} is scored at
   * the nesting of the first {@code if}, so its body nests no deeper. The condition is not nested.
   */
  private void ifStatement(IfStmt statement, boolean elseIf) {
    complexity += elseIf ? 1 : 1 + nesting;
    walk(statement.getCondition());
    nested(statement.getThenStmt());
    if (statement.getElseStmt().isPresent()) {
      Statement otherwise = statement.getElseStmt().get();
      if (otherwise instanceof IfStmt next) {
        ifStatement(next, true);
      } else {
        complexity++;
        nested(otherwise);
      }
    }
  }

  /** {@code try} and {@code finally} neither add nor nest; each {@code catch} adds 1 plus nesting and nests. */
  private void tryStatement(TryStmt statement) {
    statement.getResources().forEach(this::walk);
    walk(statement.getTryBlock());
    for (CatchClause clause : statement.getCatchClauses()) {
      complexity += 1 + nesting;
      nested(clause);
    }
    statement.getFinallyBlock().ifPresent(this::walk);
  }

  /**
   * A run is a sequence of like operators in source order across one expression tree of {@code &&} and
   * {@code ||}, parentheses seen through; each run adds 1. A negation, call or any other expression between
   * two operators starts a separate tree, counted on its own.
   */
  private void logicalRoot(BinaryExpr root) {
    BinaryExpr.Operator outer = previousLogical;
    previousLogical = null;
    logical(root);
    previousLogical = outer;
  }

  private void logical(BinaryExpr binary) {
    logicalOperand(binary.getLeft());
    if (binary.getOperator() != previousLogical) {
      complexity++;
      previousLogical = binary.getOperator();
    }
    logicalOperand(binary.getRight());
  }

  private void logicalOperand(Expression operand) {
    Expression inner = operand;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    if (inner instanceof BinaryExpr binary && isLogical(binary)) {
      logical(binary);
    } else {
      walk(inner);
    }
  }

  private static boolean isLogical(BinaryExpr binary) {
    return binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR;
  }

  private void nested(Node node) {
    nesting++;
    walk(node);
    nesting--;
  }

  private void nested(List<? extends Node> nodes) {
    nesting++;
    nodes.forEach(this::walk);
    nesting--;
  }

  private void nestedChildren(Node node) {
    nesting++;
    children(node);
    nesting--;
  }

  private void children(Node node) {
    for (Node child : node.getChildNodes()) {
      walk(child);
    }
  }
}
