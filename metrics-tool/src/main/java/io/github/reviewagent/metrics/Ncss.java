package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
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
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * PMD 7's {@code NCSS} (non-commenting source statements), computed for every type, callable and the
 * whole file in one walk. Counted once each: class, interface, enum and annotation declarations (a record
 * declaration itself is not, as in PMD), fields, methods, constructors, initializers, local variable
 * declarations and try resources, statements ({@code if}, its {@code else}, loops, {@code switch} and each
 * of its entries, {@code break}, {@code continue}, {@code return}, {@code throw}, {@code synchronized},
 * labels, {@code assert}, {@code this(...)}/{@code super(...)}), {@code catch} clauses and {@code finally}
 * blocks. Not counted: {@code try}, {@code yield}, blocks, empty statements, imports and the package.
 * Like PMD, the code of lambdas and anonymous classes inside an expression statement, a {@code return} or
 * a constructor call statement is not looked at; elsewhere it counts in the enclosing callable.
 */
final class Ncss {

  private final Map<Node, Integer> measured = new IdentityHashMap<>();
  private final int total;

  private Ncss(Node root) {
    this.total = count(root);
  }

  /** Counts every measured node below {@code root} in one walk. */
  static Ncss over(Node root) {
    return new Ncss(root);
  }

  /** NCSS of the root. */
  int total() {
    return total;
  }

  /** NCSS of a type declaration, callable or anonymous class body (an enum constant or creation) below the root. */
  int of(Node node) {
    Integer value = measured.get(node);
    if (value == null) {
      throw new IllegalArgumentException("not a measured node: " + node.getClass().getSimpleName());
    }
    return value;
  }

  private int count(Node node) {
    boolean descends = descends(node);
    int sum = 0;
    for (Node child : node.getChildNodes()) {
      // children of a node PMD does not descend into are still counted for their own reports
      int childCount = count(child);
      if (descends) {
        sum += childCount;
      }
    }
    int count = own(node) + sum;
    if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      measured.put(node, members(creation.getAnonymousClassBody().get()));
    } else if (node instanceof EnumConstantDeclaration constant) {
      measured.put(node, members(constant.getClassBody()));
    } else if (node instanceof BodyDeclaration<?>) {
      measured.put(node, count);
    }
    return count;
  }

  private int members(Iterable<BodyDeclaration<?>> members) {
    int sum = 0;
    for (BodyDeclaration<?> member : members) {
      sum += measured.get(member);
    }
    return sum;
  }

  private static int own(Node node) {
    if (node instanceof ExpressionStmt statement) {
      return isBareExpression(statement) ? 0 : 1;
    }
    if (node instanceof IfStmt statement) {
      return statement.getElseStmt().isPresent() ? 2 : 1;
    }
    if (node instanceof TryStmt statement) {
      int resources = (int) statement.getResources().stream().filter(VariableDeclarationExpr.class::isInstance).count();
      return resources + (statement.getFinallyBlock().isPresent() ? 1 : 0);
    }
    boolean counted =
        node instanceof ClassOrInterfaceDeclaration
            || node instanceof EnumDeclaration
            || node instanceof AnnotationDeclaration
            || node instanceof FieldDeclaration
            || node instanceof MethodDeclaration
            || node instanceof ConstructorDeclaration
            || node instanceof AnnotationMemberDeclaration
            || node instanceof InitializerDeclaration
            || node instanceof WhileStmt
            || node instanceof DoStmt
            || node instanceof ForStmt
            || node instanceof ForEachStmt
            || node instanceof SwitchStmt
            || node instanceof SwitchEntry
            || node instanceof BreakStmt
            || node instanceof ContinueStmt
            || node instanceof ReturnStmt
            || node instanceof ThrowStmt
            || node instanceof SynchronizedStmt
            || node instanceof LabeledStmt
            || node instanceof AssertStmt
            || node instanceof ExplicitConstructorInvocationStmt
            || node instanceof CatchClause;
    return counted ? 1 : 0;
  }

  private static boolean descends(Node node) {
    if (node instanceof ExpressionStmt statement) {
      return statement.getExpression() instanceof VariableDeclarationExpr || isBareExpression(statement);
    }
    return !(node instanceof ReturnStmt || node instanceof ExplicitConstructorInvocationStmt);
  }

  /**
   * JavaParser wraps the expression of an arrow case and of an expression lambda in a statement; in
   * PMD's tree they are bare expressions.
   */
  private static boolean isBareExpression(ExpressionStmt statement) {
    Node parent = statement.getParentNode().orElse(null);
    return parent instanceof LambdaExpr
        || parent instanceof SwitchEntry entry && entry.getType() == SwitchEntry.Type.EXPRESSION;
  }
}
