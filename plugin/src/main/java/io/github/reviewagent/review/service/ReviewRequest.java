package io.github.reviewagent.review.service;

import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.review.Severity;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything the review needs, gathered from the goal's parameters.
 *
 * @param executionRoot   the directory the build ran from; the git repository is found from here
 * @param modules         the reactor's modules that take part, in reactor order
 * @param baseRef         review.base, or null to detect it
 * @param scope           review.scope
 * @param model           the model settings
 * @param failOn          review.failOn, or null for {@code none}
 * @param rules           the offline rules' thresholds and severities
 * @param outputDirectory review.outputDirectory
 * @param formats         review.formats
 * @param encoding        the source files' encoding
 * @param javaVersion     the Java release whose syntax the sources use (review.javaVersion)
 */
public record ReviewRequest(
    Path executionRoot,
    List<ModuleSources> modules,
    String baseRef,
    Scope scope,
    ModelSettings model,
    Severity failOn,
    OfflineConfig rules,
    Path outputDirectory,
    Set<ReportFormat> formats,
    Charset encoding,
    int javaVersion) {

  public ReviewRequest {
    modules = List.copyOf(modules);
    formats = Set.copyOf(formats);
  }

  /** The same settings for other modules: the reactor's combined review. */
  public ReviewRequest withModules(List<ModuleSources> all) {
    return new ReviewRequest(executionRoot, all, baseRef, scope, model, failOn, rules, outputDirectory, formats, encoding, javaVersion);
  }
}
