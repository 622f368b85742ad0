package io.github.reviewagent.guidelines;

/**
 * A passage of a guideline document that answered a search.
 *
 * @param document  the document it comes from
 * @param heading   the headings above it, outermost first, joined with {@code " > "}; the document's title
 *                  when it comes before any heading
 * @param startLine first line in the document, 1-based
 * @param endLine   last line, inclusive
 * @param text      the passage as written (lines {@code startLine} to {@code endLine})
 * @param score     its BM25 relevance to the query, higher is better; only comparable within one search
 */
public record GuidelinePassage(GuidelineDocument document, String heading, int startLine, int endLine, String text, double score) {}
