package io.github.reviewagent.metrics.tool;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Paths a model names, confined to one directory tree: relative paths only, with {@code /} separators and no
 * {@code ..}, and a file's real path (symbolic links resolved) inside the root's real path. Every refusal is a
 * {@link ToolError} that says why and what to do instead. Shared by the model's tools that read files.
 */
public final class ConfinedPaths {

  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", "node_modules", "out");
  private static final int SEARCH_DEPTH = 30;
  private static final int SEARCHED_FILES = 50_000;
  private static final int SUGGESTED = 3;

  private final Path root;
  private final String place;

  /**
   * @param root  the tree's root
   * @param place what the messages call the tree: {@code project} or {@code repository}
   */
  public ConfinedPaths(Path root, String place) {
    this.root = root.toAbsolutePath().normalize();
    this.place = place;
  }

  /** A file's real path, and that path relative to the root's real path with {@code /} (empty for the root). */
  public record RealFile(Path path, String relative) {}

  /**
   * The requested path, stripped, with {@code .} and empty segments dropped.
   *
   * @throws ToolError if it is empty, uses {@code \} or NUL, is absolute, contains {@code ..} or names the root
   */
  public String relative(String requested) throws ToolError {
    String path = requested.strip();
    if (path.isEmpty()) {
      throw new ToolError("path is empty: give a file relative to the " + place + " root, e.g. src/main/java/a/B.java");
    }
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      throw new ToolError("path " + quote(path) + " is not usable: use / as the separator, e.g. src/main/java/a/B.java");
    }
    if (path.startsWith("/") || path.startsWith("~") || WINDOWS_DRIVE.matcher(path).matches()) {
      throw new ToolError("path " + quote(path) + " is absolute: give it relative to the " + place + " root, e.g."
          + " src/main/java/a/B.java");
    }
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        throw new ToolError("path " + quote(path) + " contains ..: only files inside the " + place + " can be read;"
            + " name the file relative to the " + place + " root");
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty()) {
      throw new ToolError("path " + quote(path) + " names the " + place + " root, not a file: name a file in it");
    }
    return String.join("/", segments);
  }

  /**
   * The file a path from {@link #relative} names.
   *
   * @throws ToolError if the file system cannot use it, or it would leave the root
   */
  public Path resolve(String relative) throws ToolError {
    Path file;
    try {
      file = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw new ToolError("path " + quote(relative) + " is not a valid path here (" + e.getReason() + ")");
    }
    if (!file.startsWith(root)) {
      throw new ToolError("path " + quote(relative) + " leads outside the " + place + ": name a file inside it");
    }
    return file;
  }

  /**
   * The real path of an existing file.
   *
   * @param shown the path as the model gave it, for the message
   * @throws ToolError if a symbolic link leads it outside the root
   */
  public RealFile real(Path file, String shown) throws ToolError, IOException {
    Path realRoot = root.toRealPath();
    Path real = file.toRealPath();
    if (!real.startsWith(realRoot)) {
      throw new ToolError(quote(shown) + " leads outside the " + place + " through a symbolic link: only files inside"
          + " the " + place + " can be read");
    }
    return new RealFile(real, relative(realRoot, real));
  }

  /**
   * What to add to a message about a missing file: up to three files with the same name that {@code accepted}
   * lets through (models often guess a path without its package directories), else a hint to check the path.
   * The search is bounded, and skips build output and hidden directories, so it stays cheap on big trees.
   *
   * @param accepted tells, by path relative to the root with {@code /}, which files may be suggested
   */
  public String suggestions(Path name, Predicate<String> accepted) {
    List<String> found = new ArrayList<>();
    if (name != null) {
      int[] visited = {0};
      try {
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), SEARCH_DEPTH, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String dirName = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skipped = !dir.equals(root) && (dirName.startsWith(".") || SKIPPED_DIRECTORIES.contains(dirName));
            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (file.getFileName().equals(name)) {
              String candidate = relative(root, file);
              if (accepted.test(candidate)) {
                found.add(candidate);
              }
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
      return ": check the path, relative to the " + place + " root";
    }
    found.sort(null);
    return "; files with that name: " + String.join(", ", found);
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(File.separatorChar, '/');
  }

  static String quote(String path) {
    return '"' + path + '"';
  }
}
