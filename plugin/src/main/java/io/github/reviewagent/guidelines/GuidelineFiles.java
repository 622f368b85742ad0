package io.github.reviewagent.guidelines;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the guideline documents of a repository: the {@code CONTRIBUTING.md} files in the places GitHub
 * looks for them, the configured documents (a file, or a folder whose Markdown and text files all count),
 * and every Markdown or text file under {@code .review/}. Only files whose real path lies inside the
 * repository are taken; everything else becomes a problem message, never an exception.
 */
final class GuidelineFiles {

  /** The folder of review instructions, relative to the repository root. */
  static final String REVIEW_FOLDER = ".review";

  static final List<String> CONTRIBUTING = List.of("CONTRIBUTING.md", ".github/CONTRIBUTING.md", "docs/CONTRIBUTING.md");

  /** Larger files are skipped: they are not guidance a reviewer reads, and would slow every build. */
  static final long MAX_DOCUMENT_BYTES = 1_000_000;

  static final int MAX_DOCUMENTS = 5_000;
  private static final int MAX_DEPTH = 20;

  /** A document to index. @param path repository-relative, with {@code /} @param file its real path */
  record Found(String path, Path file) {}

  /** What was found, and the problems met on the way. */
  record Result(List<Found> documents, List<String> problems) {}

  private final Path root;
  private final Path realRoot;
  private final Map<Path, Found> found = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private GuidelineFiles(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
  }

  /**
   * The documents, in a stable order (CONTRIBUTING files, configured documents, then {@code .review/}
   * sorted by path), each once, and the problems met on the way.
   */
  static Result find(Path root, List<String> configured) {
    GuidelineFiles files;
    try {
      files = new GuidelineFiles(root);
    } catch (IOException e) {
      return new Result(List.of(), List.of("the repository root " + root + " cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
    for (String contributing : CONTRIBUTING) {
      files.addIfPresent(contributing);
    }
    for (String document : configured) {
      files.addConfigured(document);
    }
    files.addFolder(REVIEW_FOLDER, false);
    return new Result(List.copyOf(files.found.values()), List.copyOf(files.problems));
  }

  private void addIfPresent(String path) {
    Path file = root.resolve(path);
    if (Files.isRegularFile(file)) {
      add(path, file, false);
    }
  }

  private void addConfigured(String document) {
    String path = document.strip().replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    if (path.isEmpty()) {
      return;
    }
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || List.of(path.split("/")).contains("..")) {
      problems.add("guideline document " + document + " is skipped: give it relative to the repository root, without ..");
      return;
    }
    Path file;
    try {
      file = root.resolve(path).normalize();
    } catch (InvalidPathException e) {
      problems.add("guideline document " + document + " is not a valid path (" + e.getReason() + ")");
      return;
    }
    if (Files.isDirectory(file)) {
      addFolder(path, true);
    } else if (Files.isRegularFile(file)) {
      add(path, file, true);
    } else {
      problems.add("guideline document " + document + " does not exist in the repository: check the path, relative to the repository root");
    }
  }

  /** Markdown and text files under a folder; {@code explicit} says whether the user named it (a missing one is only worth a word then). */
  private void addFolder(String folder, boolean explicit) {
    Path directory = root.resolve(folder);
    if (!Files.isDirectory(directory)) {
      return;
    }
    if (!inside(directory)) {
      problems.add(folder + " is skipped: it leads outside the repository through a symbolic link");
      return;
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          boolean hidden = !dir.equals(directory) && dir.getFileName().toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile() && isText(file.getFileName().toString())) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(relative(file) + " cannot be read (" + e.getClass().getSimpleName() + ")");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(folder + " cannot be listed (" + e.getClass().getSimpleName() + ")");
    }
    files.sort(null);
    for (Path file : files) {
      add(relative(file), file, explicit);
    }
  }

  private void add(String path, Path file, boolean explicit) {
    if (found.size() >= MAX_DOCUMENTS) {
      if (found.size() == MAX_DOCUMENTS && problems.stream().noneMatch(p -> p.startsWith("more than"))) {
        problems.add("more than " + MAX_DOCUMENTS + " guideline documents: the rest are not indexed");
      }
      return;
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(realRoot)) {
        problems.add(path + " is skipped: it leads outside the repository through a symbolic link");
        return;
      }
      long size = Files.size(real);
      if (size > MAX_DOCUMENT_BYTES) {
        problems.add(path + " is skipped: " + size + " bytes is over the cap of " + MAX_DOCUMENT_BYTES + " bytes for a guideline document");
        return;
      }
      found.putIfAbsent(real, new Found(path, real));
    } catch (IOException e) {
      if (explicit) {
        problems.add(path + " cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private boolean inside(Path directory) {
    try {
      return directory.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
  }

  static boolean isText(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
  }
}
