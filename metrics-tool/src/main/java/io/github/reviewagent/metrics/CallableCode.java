package io.github.reviewagent.metrics;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;

/**
 * A visitor of one callable's own code: it does not enter anonymous class bodies (only a creation's scope
 * and arguments) nor local classes and records, whose methods are measured on their own.
 */
abstract class CallableCode extends VoidVisitorAdapter<Void> {

  @Override
  public void visit(ObjectCreationExpr creation, Void arg) {
    if (creation.getScope().isPresent()) {
      creation.getScope().get().accept(this, arg);
    }
    for (Expression argument : creation.getArguments()) {
      argument.accept(this, arg);
    }
  }

  @Override
  public void visit(LocalClassDeclarationStmt statement, Void arg) {
    // measured as its own type
  }

  @Override
  public void visit(LocalRecordDeclarationStmt statement, Void arg) {
    // measured as its own type
  }
}
