package io.github.reviewagent.metrics;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import java.util.List;

/**
 * Our side of the comparisons: {@link Cognitive#of} on every method and constructor of a file, parsed the
 * way {@link MetricsAnalyzer} parses (Java 21) but with positions kept, so methods can be matched by line
 * independently of how {@link UnitMeasurer} walks types.
 */
final class CognitiveOurs {

  private final ParserConfiguration configuration =
      new ParserConfiguration()
          .setLanguageLevel(MetricsAnalyzer.languageLevel(MetricsAnalyzer.DEFAULT_JAVA_VERSION))
          .setAttributeComments(false);

  List<CognitiveSonarReference.Scored> measure(String fileName, String source) {
    return score(parse(fileName, source));
  }

  CompilationUnit parse(String fileName, String source) {
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      throw new IllegalArgumentException(fileName + " does not parse: " + result.getProblems());
    }
    return result.getResult().get();
  }

  List<CognitiveSonarReference.Scored> score(CompilationUnit unit) {
    return unit.findAll(Node.class, CognitiveOurs::isCallable).stream()
        .map(
            callable ->
                new CognitiveSonarReference.Scored(
                    callable.getBegin().orElseThrow().line,
                    ((NodeWithSimpleName<?>) callable).getNameAsString(),
                    Cognitive.of(callable)))
        .toList();
  }

  private static boolean isCallable(Node node) {
    return node instanceof CallableDeclaration<?> || node instanceof CompactConstructorDeclaration;
  }
}
