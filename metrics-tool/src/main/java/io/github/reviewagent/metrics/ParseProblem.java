package io.github.reviewagent.metrics;

/**
 * Why a file could not be measured: where the parser stopped and what it said.
 *
 * @param line    1-based line, or 0 when the parser gave no position
 * @param column  1-based column, or 0 when the parser gave no position
 * @param message the parser's message, one line
 */
public record ParseProblem(int line, int column, String message) {}
