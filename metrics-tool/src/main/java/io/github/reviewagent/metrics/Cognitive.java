package io.github.reviewagent.metrics;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

/**
 * SonarSource Cognitive Complexity of one method or constructor, as SonarQube's Java analyzer computes it
 * for rule S3776 ({@code CognitiveComplexityVisitor.methodComplexity}). The counting is in
 * {@link CognitiveCounter}; this class decides which callables Sonar scores on their own.
 */
final class Cognitive {
  private Cognitive() {}

  /**
   * @param callable a method, constructor or compact constructor declaration
   * @return its cognitive complexity; 0 for a callable without a body and for one whose complexity Sonar
   *     counts in an enclosing method instead
   */
  static int of(Node callable) {
    if (!hasBody(callable) || countedInEnclosingMethod(callable)) {
      return 0;
    }
    return CognitiveCounter.count(callable);
  }

  private static boolean hasBody(Node callable) {
    return !(callable instanceof MethodDeclaration method) || method.getBody().isPresent();
  }

  /**
   * Sonar skips the methods of anonymous classes (enum constant bodies included) and the methods of a
   * class whose owner is a method. The owner comes from the compiler's binding: a local or anonymous class
   * belongs to the nearest enclosing method or constructor (lambdas are transparent) unless a field or
   * initializer is nearer, in which case it belongs to no method; a member class belongs where its
   * enclosing class does. So a local class in a static initializer is scored on its own, while a member
   * class of an anonymous class inside a method is not.
   */
  private static boolean countedInEnclosingMethod(Node callable) {
    Node type = callable.getParentNode().orElse(null);
    if (type == null) {
      return false; // a declaration parsed on its own
    }
    if (type instanceof ObjectCreationExpr || type instanceof EnumConstantDeclaration) {
      return true;
    }
    Node current = type;
    while (current instanceof TypeDeclaration<?> || current instanceof EnumConstantDeclaration) {
      Node parent = current.getParentNode().orElse(null);
      if (parent == null || parent instanceof CompilationUnit) {
        return false;
      }
      if (!isTypeBody(parent)) {
        break; // a local class: its statement's context decides
      }
      current = parent;
    }
    return nearestCodeContextIsCallable(current);
  }

  /** Whether a type declaration under this node is one of its members. */
  private static boolean isTypeBody(Node node) {
    return node instanceof TypeDeclaration<?>
        || node instanceof ObjectCreationExpr
        || node instanceof EnumConstantDeclaration;
  }

  private static boolean nearestCodeContextIsCallable(Node localType) {
    for (Node n = localType.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> || n instanceof CompactConstructorDeclaration) {
        return true;
      }
      if (n instanceof FieldDeclaration
          || n instanceof InitializerDeclaration
          || n instanceof EnumConstantDeclaration
          || n instanceof AnnotationMemberDeclaration
          || n instanceof TypeDeclaration<?>) {
        return false;
      }
    }
    return false;
  }
}
