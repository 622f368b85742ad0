package io.github.reviewagent.metrics;

import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;

/**
 * The deepest nesting of control structures in a callable: {@code if}, {@code for}, enhanced
 * {@code for}, {@code while}, {@code do}, {@code switch} (statement or expression) and {@code try} each
 * open a level for everything inside them (their tests, bodies, {@code catch} and {@code finally} blocks);
 * an {@code else if} stays on its {@code if}'s level. A callable without control structures has 0.
 * Lambda bodies are part of the callable (they open no level of their own); anonymous and local class
 * bodies are not: their methods are measured on their own. The definition of Sonar's rule S134.
 */
final class Nesting {

  private Nesting() {}

  static int maxOf(Optional<BlockStmt> body) {
    Depth depth = new Depth();
    body.ifPresent(block -> block.accept(depth, null));
    return depth.max;
  }

  private static final class Depth extends CallableCode {
    int current;
    int max;

    private void enter() {
      current++;
      max = Math.max(max, current);
    }

    @Override
    public void visit(IfStmt statement, Void arg) {
      enter();
      statement.getCondition().accept(this, arg);
      statement.getThenStmt().accept(this, arg);
      boolean elseIf = statement.getElseStmt().filter(IfStmt.class::isInstance).isPresent();
      if (!elseIf) {
        statement.getElseStmt().ifPresent(otherwise -> otherwise.accept(this, arg));
      }
      current--;
      if (elseIf) {
        // an else-if chain is one decision on one level, not a staircase
        statement.getElseStmt().get().accept(this, arg);
      }
    }

    @Override
    public void visit(ForStmt loop, Void arg) {
      enter();
      super.visit(loop, arg);
      current--;
    }

    @Override
    public void visit(ForEachStmt loop, Void arg) {
      enter();
      super.visit(loop, arg);
      current--;
    }

    @Override
    public void visit(WhileStmt loop, Void arg) {
      enter();
      super.visit(loop, arg);
      current--;
    }

    @Override
    public void visit(DoStmt loop, Void arg) {
      enter();
      super.visit(loop, arg);
      current--;
    }

    @Override
    public void visit(SwitchStmt statement, Void arg) {
      enter();
      super.visit(statement, arg);
      current--;
    }

    @Override
    public void visit(SwitchExpr expression, Void arg) {
      enter();
      super.visit(expression, arg);
      current--;
    }

    @Override
    public void visit(TryStmt statement, Void arg) {
      enter();
      super.visit(statement, arg);
      current--;
    }
  }
}
