package io.github.reviewagent.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.lang.LanguageProcessorRegistry;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.lang.LanguageVersion;
import net.sourceforge.pmd.lang.ast.Parser;
import net.sourceforge.pmd.lang.ast.SemanticErrorReporter;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.document.TextDocument;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.metrics.JavaMetrics;
import net.sourceforge.pmd.lang.metrics.MetricsUtil;
import net.sourceforge.pmd.util.log.PmdReporter;

/**
 * PMD 7's own CYCLO, NPATH and NCSS of every method and constructor in a Java source: the independent
 * implementation the differential tests compare with. NPATH is read as {@code NPATH_COMP}, PMD's current
 * form that saturates at {@link Long#MAX_VALUE} like ours ({@code NPATH} is deprecated). PMD resolves types with the test class path, which
 * holds jackson and commons-lang3 jars, much as a user's PMD run sees the project's dependencies. (Limiting
 * it to the JDK makes PMD's type inference fail on the corpus.)
 */
final class PmdReference implements AutoCloseable {

  /** PMD's numbers for one method or constructor; {@code line} is PMD's, after any annotations. */
  record Measured(String name, int line, int cyclomatic, long npath, int ncss) {}

  private final LanguageProcessorRegistry registry;
  private final LanguageVersion version;
  private final Parser parser;

  PmdReference(int javaVersion) {
    JavaLanguageModule java = JavaLanguageModule.getInstance();
    registry = LanguageProcessorRegistry.create(LanguageRegistry.singleton(java), Map.of(), PmdReporter.quiet());
    version = java.getVersion(Integer.toString(javaVersion));
    parser = registry.getProcessor(java).services().getParser();
  }

  /** PMD's metrics of every method and constructor, nested and anonymous ones included. */
  List<Measured> measure(String path, String source) {
    TextDocument document = TextDocument.readOnlyString(source, FileId.fromPathLikeString(path), version);
    ASTCompilationUnit unit =
        (ASTCompilationUnit) parser.parse(new Parser.ParserTask(document, SemanticErrorReporter.noop(), registry));
    List<Measured> measured = new ArrayList<>();
    unit.descendants(ASTExecutableDeclaration.class)
        .crossFindBoundaries()
        .forEach(
            callable ->
                measured.add(
                    new Measured(
                        callable.getName(),
                        callable.getBeginLine(),
                        MetricsUtil.computeMetric(JavaMetrics.CYCLO, callable),
                        MetricsUtil.computeMetric(JavaMetrics.NPATH_COMP, callable),
                        MetricsUtil.computeMetric(JavaMetrics.NCSS, callable))));
    return measured;
  }

  @Override
  public void close() {
    registry.close();
  }
}
