package io.github.reviewagent.guidelines;

import java.util.List;
import java.util.Objects;

/**
 * A guideline document of the project.
 *
 * @param path  repository-relative, with {@code /}
 * @param title the front matter's {@code title}, else the first {@code #} heading, else the file name
 * @param scope the globs of the front matter's {@code paths}: the document applies only to files matching
 *              one of them; empty when it applies to the whole repository
 */
public record GuidelineDocument(String path, String title, List<String> scope) {

  public GuidelineDocument {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    scope = List.copyOf(scope);
  }
}
