package io.github.reviewagent.metrics.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** Turns PATH arguments into the .java files to measure, in a stable order. */
final class SourceFiles {

  /** One file to measure. @param name the path reported: relative to its directory argument, or as given */
  record Source(Path file, String name) {}

  private SourceFiles() {}

  /**
   * Each file argument as given, then each directory's .java files sorted by relative path, so the output
   * does not depend on the file system's listing order.
   */
  static List<Source> expand(List<String> arguments) throws UsageException {
    List<Source> sources = new ArrayList<>();
    for (String argument : arguments) {
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        throw new UsageException("not a valid path: " + argument);
      }
      if (Files.isDirectory(path)) {
        sources.addAll(walk(path));
      } else if (Files.isRegularFile(path)) {
        if (!argument.endsWith(".java")) {
          throw new UsageException("not a .java file: " + argument + " (a PATH is a .java file or a directory)");
        }
        sources.add(new Source(path, argument));
      } else {
        throw new UsageException("no such file or directory: " + argument);
      }
    }
    return sources;
  }

  private static List<Source> walk(Path directory) throws UsageException {
    List<Source> found = new ArrayList<>();
    try {
      // Links are followed as a shell's find -L would; the walker itself stops at a link that loops back.
      Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          // A link that cannot be followed arrives with its own attributes: reported as unreadable, not skipped.
          boolean candidate = attributes.isRegularFile() || attributes.isSymbolicLink();
          if (candidate && file.getFileName().toString().endsWith(".java")) {
            found.add(new Source(file, relative(directory, file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // An unreadable entry is reported as a file that could not be measured, not silently skipped.
          if (file.getFileName() != null && file.getFileName().toString().endsWith(".java")) {
            found.add(new Source(file, relative(directory, file)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UsageException("cannot list directory " + directory + ": " + e.getMessage());
    }
    found.sort(Comparator.comparing(Source::name));
    return found;
  }

  private static String relative(Path directory, Path file) {
    return directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }
}
