package io.github.reviewagent.review.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Decides which files are the reactor's sources under review. Nested modules are common (a parent's base
 * directory contains its children's), so every file belongs to exactly one module, the one with the deepest
 * base directory that contains it (or the one that declares a source root outside its base directory that
 * contains it), and only that module's source roots and globs decide: each file is counted once.
 */
final class SourceSelector {

  private final List<Module> modules;

  SourceSelector(List<ModuleSources> modules) {
    List<Module> compiled = new ArrayList<>();
    for (ModuleSources sources : modules) {
      compiled.add(
          new Module(
              Paths.canonical(sources.basedir()),
              sources.sourceRoots().stream().map(Paths::canonical).toList(),
              Globs.compile(sources.includes(), ModuleSources.INCLUDES),
              Globs.compile(sources.excludes(), ModuleSources.EXCLUDES)));
    }
    // Deepest first, so the first module containing a file is its owner.
    compiled.sort(Comparator.comparingInt((Module m) -> m.basedir.getNameCount()).reversed());
    this.modules = List.copyOf(compiled);
  }

  /** Whether a file (absolute and canonical) is a Java source under review. */
  boolean accepts(Path file) {
    if (!file.getFileName().toString().endsWith(".java")) {
      return false;
    }
    return owner(file).map(module -> module.accepts(file)).orElse(false);
  }

  /**
   * Whether the user excluded a file (absolute and canonical) from review, so that the model may not read it
   * either: within a module, one its excludes match, or a Java file its includes do not match. Other files
   * (pom.xml, resources, files outside every module) are not excluded.
   */
  boolean excluded(Path file) {
    Optional<Module> owner = owner(file);
    if (owner.isEmpty()) {
      return false;
    }
    Path relative = owner.get().basedir.relativize(file);
    return owner.get().excludes.matches(relative)
        || file.getFileName().toString().endsWith(".java") && !owner.get().includes.matches(relative);
  }

  /** Every Java source under review, sorted. */
  List<Path> all() throws IOException {
    TreeSet<Path> files = new TreeSet<>();
    for (Module module : modules) {
      for (Path root : module.roots) {
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).filter(this::accepts).forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    }
    return List.copyOf(files);
  }

  private Optional<Module> owner(Path file) {
    // A source root outside its module's base directory (build-helper's add-source of ../shared/src/main/java)
    // is that module's, whichever base directory contains it.
    for (Module module : modules) {
      for (Path root : module.roots) {
        if (!root.startsWith(module.basedir) && file.startsWith(root)) {
          return Optional.of(module);
        }
      }
    }
    return modules.stream().filter(m -> file.startsWith(m.basedir)).findFirst();
  }

  private record Module(Path basedir, List<Path> roots, Globs includes, Globs excludes) {
    boolean accepts(Path file) {
      if (roots.stream().noneMatch(file::startsWith)) {
        return false;
      }
      Path relative = basedir.relativize(file);
      return includes.matches(relative) && !excludes.matches(relative);
    }
  }
}
