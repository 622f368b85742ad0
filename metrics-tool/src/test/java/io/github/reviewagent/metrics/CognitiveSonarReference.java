package io.github.reviewagent.metrics;

import java.util.ArrayList;
import java.util.List;
import org.sonar.java.ast.visitors.CognitiveComplexityVisitor;
import org.sonar.java.model.JParser;
import org.sonar.java.model.JParserConfig;
import org.sonar.java.model.JavaVersionImpl;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * SonarSource's own Java analyzer (java-frontend) used as the reference for cognitive complexity: the file
 * is parsed by its Eclipse-compiler based {@link JParser} with no classpath, exactly as the analyzer does for
 * a file whose dependencies are unknown, and each method is scored by the very
 * {@link CognitiveComplexityVisitor#methodComplexity} that rule S3776 calls. No SonarQube server involved.
 */
final class CognitiveSonarReference {

  /** One method as the analyzer sees it: the line of its first token, its simple name, its score. */
  record Scored(int line, String name, int cognitive) {}

  private static final String JAVA_VERSION = "21";

  private final JParserConfig config =
      JParserConfig.Mode.FILE_BY_FILE.create(new JavaVersionImpl(Integer.parseInt(JAVA_VERSION)), List.of());

  /** Scores every method and constructor of one compilation unit, nested and local ones included. */
  List<Scored> measure(String fileName, String source) {
    Tree unit = JParser.parse(config.astParser(), JAVA_VERSION, fileName, source);
    List<Scored> scored = new ArrayList<>();
    unit.accept(
        new BaseTreeVisitor() {
          @Override
          public void visitMethod(MethodTree method) {
            // JavaParser has no callable for an annotation type's elements, nor do we report them.
            if (method.parent().is(Tree.Kind.ANNOTATION_TYPE)) {
              return;
            }
            scored.add(
                new Scored(
                    method.firstToken().range().start().line(),
                    method.simpleName().name(),
                    CognitiveComplexityVisitor.methodComplexity(method).complexity));
            super.visitMethod(method);
          }
        });
    return scored;
  }
}
