package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.Optional;

/** The measured callables: methods, constructors, compact constructors and annotation members. */
final class Callables {

  private Callables() {}

  /** The body of a callable; empty for abstract and native methods and annotation members. */
  static Optional<BlockStmt> body(Node callable) {
    if (callable instanceof MethodDeclaration method) {
      return method.getBody();
    }
    if (callable instanceof ConstructorDeclaration constructor) {
      return Optional.of(constructor.getBody());
    }
    if (callable instanceof CompactConstructorDeclaration compact) {
      return Optional.of(compact.getBody());
    }
    return Optional.empty();
  }
}
