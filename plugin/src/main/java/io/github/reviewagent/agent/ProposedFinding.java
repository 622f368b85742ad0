package io.github.reviewagent.agent;

/**
 * A finding as the model proposed it, before any check. Also the cached form of a model result.
 *
 * @param startLine 0 when the model gave none
 * @param endLine   0 when the model gave none
 * @param code      the code the model quoted for the finding's first line, or empty
 */
record ProposedFinding(
    String severity, String category, String file, int startLine, int endLine, String message, String suggestion, String code) {}
