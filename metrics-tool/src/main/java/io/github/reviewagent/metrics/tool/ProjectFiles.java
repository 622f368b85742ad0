package io.github.reviewagent.metrics.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code .java} files inside the project root and nowhere else: relative paths only, no {@code ..},
 * and the file's real path (symbolic links resolved) must lie inside the root's real path.
 */
final class ProjectFiles {

  static final long MAX_FILE_BYTES = 1_000_000;

  private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules", "out");
  private static final int SUGGESTED = 3;
  private static final int SEARCHED_FILES = 50_000;

  private final Path root;

  ProjectFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** A file read from the project. @param path project-relative, with {@code /} */
  record Source(String path, String text) {}

  Source read(String requested) throws ToolError {
    String path = requested.strip();
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      throw new ToolError("path " + quote(path) + " is not a usable path: use / as the separator, e.g. src/main/java/a/B.java");
    }
    if (path.startsWith("/") || path.startsWith("~") || path.matches("^[A-Za-z]:.*")) {
      throw new ToolError("path " + quote(path) + " is absolute: give it relative to the project root, e.g. src/main/java/a/B.java");
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        throw new ToolError("path " + quote(path) + " contains ..: name a file inside the project, relative to its root");
      }
    }
    if (!path.endsWith(".java")) {
      throw new ToolError("path " + quote(path) + " is not a .java file: only Java sources are measured");
    }
    Path file;
    try {
      file = root.resolve(path).normalize();
    } catch (InvalidPathException e) {
      throw new ToolError("path " + quote(path) + " is not a valid path: " + e.getReason());
    }
    String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    if (!file.startsWith(root) || !Files.exists(file)) {
      throw new ToolError("no file " + quote(relative) + " in the project" + suggestions(file.getFileName()));
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(root.toRealPath())) {
        throw new ToolError("path " + quote(relative) + " leads outside the project through a symbolic link: only files inside the project are read");
      }
      if (!Files.isRegularFile(real)) {
        throw new ToolError("path " + quote(relative) + " is not a regular file: name a .java file");
      }
      long size = Files.size(real);
      if (size > MAX_FILE_BYTES) {
        throw new ToolError(quote(relative) + " has " + size + " bytes, over the cap of " + MAX_FILE_BYTES
            + " bytes: pass the method you are interested in as code instead");
      }
      return new Source(relative, new String(Files.readAllBytes(real), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ToolError("cannot read " + quote(relative) + " (" + e.getClass().getSimpleName() + "): try another file");
    }
  }

  /**
   * Models often guess a path without its package directories: name the files that have the same name.
   * The search is bounded, and skips build output and hidden directories, so it stays cheap on big trees.
   */
  private String suggestions(Path name) {
    List<String> found = new ArrayList<>();
    if (name != null) {
      int[] visited = {0};
      try {
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 30, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String dirName = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skipped = !dir.equals(root) && (dirName.startsWith(".") || SKIPPED.contains(dirName));
            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (file.getFileName().equals(name)) {
              found.add(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
            }
            boolean enough = found.size() >= SUGGESTED || ++visited[0] >= SEARCHED_FILES;
            return enough ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        // no suggestions then
      }
    }
    if (found.isEmpty()) {
      return ": check the path, relative to the project root";
    }
    Collections.sort(found);
    return "; files with that name: " + String.join(", ", found);
  }

  private static String quote(String path) {
    return '"' + path + '"';
  }
}
