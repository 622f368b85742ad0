package io.github.reviewagent.metrics;

/**
 * The metrics of one method or constructor, each meaning exactly what the project's INTERFACE.md says
 * (PMD 7 for cyclomatic, NPath and NCSS; SonarSource's Java analyzer for cognitive).
 *
 * @param cyclomatic PMD 7 {@code CYCLO} with default options
 * @param cognitive  SonarSource Cognitive Complexity as computed for rule S3776
 * @param npath      PMD 7 {@code NPATH}, saturating at {@link Long#MAX_VALUE}
 * @param ncss       PMD 7 {@code NCSS}
 * @param loc        lines from the declaration's first to its last line
 * @param maxNesting deepest nesting of control structures
 * @param parameters declared parameters
 */
public record MethodMetrics(
    int cyclomatic, int cognitive, long npath, int ncss, int loc, int maxNesting, int parameters) {}
