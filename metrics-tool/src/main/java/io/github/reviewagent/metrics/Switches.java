package io.github.reviewagent.metrics;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.HashSet;
import java.util.Set;

/** What the cyclomatic and NPath counts need to know about a switch's entries. */
final class Switches {

  private Switches() {}

  /**
   * How many ways lead into an entry: its number of labels, 1 for {@code default} (also
   * {@code case null, default}). Deliberate difference from PMD 7, which gives a type or record pattern
   * label 0 (so a pattern switch can have NPath 0): a pattern label counts 1 like any other.
   */
  static int weight(SwitchEntry entry) {
    return entry.isDefault() ? 1 : entry.getLabels().size();
  }

  /** The decisions an entry adds to the cyclomatic complexity: its labels, none for {@code default}. */
  static int decisions(SwitchEntry entry) {
    return entry.isDefault() ? 0 : entry.getLabels().size();
  }

  /**
   * Whether every value is matched without a {@code default}: a pattern switch (the compiler checks it is
   * exhaustive) or a switch naming every constant of an enum declared in the same file. PMD also knows
   * enums from the classpath; without symbol resolution we do not.
   */
  static boolean isExhaustive(NodeList<SwitchEntry> entries, EnumConstants enums) {
    Set<String> constants = new HashSet<>();
    boolean onlyNames = true;
    for (SwitchEntry entry : entries) {
      if (entry.isDefault()) {
        return true;
      }
      for (Expression label : entry.getLabels()) {
        if (label instanceof PatternExpr) {
          return true;
        }
        if (label instanceof NameExpr name) {
          constants.add(name.getNameAsString());
        } else {
          onlyNames = false;
        }
      }
    }
    return onlyNames && !constants.isEmpty() && enums.anyCoveredBy(constants);
  }
}
