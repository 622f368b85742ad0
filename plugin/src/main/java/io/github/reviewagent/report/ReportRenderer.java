package io.github.reviewagent.report;

/** Turns a review into the full text of one report file. */
sealed interface ReportRenderer
    permits SarifRenderer, JsonRenderer, MarkdownRenderer, HtmlRenderer, GitLabRenderer, CheckstyleRenderer {

  String render(ReviewSummary review, SourceFiles sources);
}
