package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;

/** SCAFFOLD: replaced by the real calculator before this lands on main. */
final class Nesting {
  private Nesting() {}

  static int maxOf(Node node) {
    return 0;
  }
}
