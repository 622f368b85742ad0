package io.github.reviewagent.report;

import java.util.Locale;

/** The report files the review can write, named as users write them in {@code review.formats}. */
public enum ReportFormat {
  SARIF("review.sarif"),
  JSON("review.json"),
  MARKDOWN("review.md"),
  HTML("review.html"),
  GITLAB("gl-code-quality-report.json"),
  CHECKSTYLE("checkstyle-result.xml");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
