package io.github.reviewagent.metrics;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The constants of the enums declared in one compilation unit, to tell exhaustive enum switches. */
final class EnumConstants {

  private final CompilationUnit unit;
  private List<List<String>> enums;

  EnumConstants(CompilationUnit unit) {
    this.unit = unit;
  }

  /** Found on first use: most files have no switch that needs them. */
  private List<List<String>> enums() {
    if (enums != null) {
      return enums;
    }
    enums = new ArrayList<>();
    for (EnumDeclaration declaration : unit.findAll(EnumDeclaration.class)) {
      List<String> names = new ArrayList<>();
      for (EnumConstantDeclaration constant : declaration.getEntries()) {
        names.add(constant.getNameAsString());
      }
      if (!names.isEmpty()) {
        enums.add(names);
      }
    }
    return enums;
  }

  /** Whether the labels name every constant of some enum of the file. */
  boolean anyCoveredBy(Set<String> labels) {
    for (List<String> constants : enums()) {
      if (labels.containsAll(constants)) {
        return true;
      }
    }
    return false;
  }
}
