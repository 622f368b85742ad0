package io.github.reviewagent.metrics;

import com.github.javaparser.ast.Node;

/** SCAFFOLD: replaced by the real calculator before this lands on main. */
final class NPath {
  private NPath() {}

  static long of(Node node) {
    return 1;
  }
}
