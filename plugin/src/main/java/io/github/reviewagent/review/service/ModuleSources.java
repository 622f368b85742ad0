package io.github.reviewagent.review.service;

import java.nio.file.Path;
import java.util.List;

/**
 * One module's part of the review: where its sources are and which of them to review.
 *
 * @param id          the module's {@code groupId:artifactId}, for messages
 * @param basedir     the module's base directory; {@code includes} and {@code excludes} are relative to it
 * @param sourceRoots the module's main and test source roots
 * @param includes    globs of files to review (review.includes)
 * @param excludes    globs of files not to review, winning over includes (review.excludes)
 */
public record ModuleSources(String id, Path basedir, List<Path> sourceRoots, List<String> includes, List<String> excludes) {

  public static final String INCLUDES = "review.includes";
  public static final String EXCLUDES = "review.excludes";

  /** @throws IllegalArgumentException naming the parameter of a pattern that is not a valid glob */
  public ModuleSources {
    sourceRoots = List.copyOf(sourceRoots);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Globs.validate(includes, INCLUDES);
    Globs.validate(excludes, EXCLUDES);
  }
}
