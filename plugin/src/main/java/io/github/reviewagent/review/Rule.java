package io.github.reviewagent.review;

/**
 * A kind of finding, described once for the reports (SARIF rules, help texts).
 *
 * @param id               e.g. {@code complexity.cognitive}
 * @param name             PascalCase name, e.g. {@code CognitiveComplexity}
 * @param shortDescription one line
 * @param fullDescription  a paragraph
 * @param help             what to do about it (Markdown allowed)
 * @param defaultSeverity  the severity unless configured otherwise
 */
public record Rule(
    String id, String name, String shortDescription, String fullDescription, String help, Severity defaultSeverity) {}
