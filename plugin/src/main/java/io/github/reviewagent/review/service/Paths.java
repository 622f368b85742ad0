package io.github.reviewagent.review.service;

import java.io.IOException;
import java.nio.file.Path;

/** Path helpers. */
final class Paths {

  private Paths() {}

  /**
   * The real path when the file exists (so that symbolic links, such as macOS's /var, compare equal with what
   * git reports), else the absolute normalized path.
   */
  static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** {@code file} relative to {@code root}, with {@code /}. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
