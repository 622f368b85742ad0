package io.github.reviewagent.metrics.tool;

import static io.github.reviewagent.metrics.tool.ConfinedPaths.quote;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@code .java} files inside the project root and nowhere else, as {@link ConfinedPaths} allows, and only
 * those the caller does not refuse (by the path asked for and by the file a link leads to).
 */
final class ProjectFiles {

  static final long MAX_FILE_BYTES = 1_000_000;

  private final ConfinedPaths paths;
  private final Function<String, Optional<String>> refusal;
  private final Charset encoding;

  /**
   * @param refusal  why a project-relative path may not be read, or empty: see {@link GetCodeMetricsTool}
   * @param encoding the sources' encoding, as the review reads them
   */
  ProjectFiles(Path root, Function<String, Optional<String>> refusal, Charset encoding) {
    this.paths = new ConfinedPaths(root, "project");
    this.refusal = refusal;
    this.encoding = encoding;
  }

  /** A file read from the project. @param path project-relative, with {@code /} */
  record Source(String path, String text) {}

  Source read(String requested) throws ToolError {
    String relative = paths.relative(requested);
    if (!relative.endsWith(".java")) {
      throw new ToolError("path " + quote(relative) + " is not a .java file: only Java sources are measured");
    }
    Path file = paths.resolve(relative);
    if (!Files.exists(file)) {
      throw new ToolError("no file " + quote(relative) + " in the project"
          + paths.suggestions(file.getFileName(), candidate -> refusal.apply(candidate).isEmpty()));
    }
    try {
      ConfinedPaths.RealFile realFile = paths.real(file, relative);
      Optional<String> refused = refusal.apply(relative).or(() -> refusal.apply(realFile.relative()));
      if (refused.isPresent()) {
        throw new ToolError(refused.get());
      }
      Path real = realFile.path();
      if (!Files.isRegularFile(real)) {
        throw new ToolError("path " + quote(relative) + " is not a regular file: name a .java file");
      }
      long size = Files.size(real);
      if (size > MAX_FILE_BYTES) {
        throw new ToolError(quote(relative) + " has " + size + " bytes, over the cap of " + MAX_FILE_BYTES
            + " bytes: pass the method you are interested in as code instead");
      }
      // Decoded as the review decodes the file (malformed bytes replaced), so that its text equals the measured one.
      return new Source(relative, new String(Files.readAllBytes(real), encoding));
    } catch (IOException e) {
      throw new ToolError("cannot read " + quote(relative) + " (" + e.getClass().getSimpleName() + "): try another file");
    }
  }
}
