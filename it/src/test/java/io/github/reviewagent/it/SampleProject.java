package io.github.reviewagent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A copy of a sample project from {@code src/test/projects} in a fresh directory, which a test edits and
 * turns into a git repository with a base commit and a change.
 */
final class SampleProject implements AutoCloseable {

  private static final PersonIdent AUTHOR = new PersonIdent("Review Agent IT", "it@example.invalid");

  private final Path root;
  private Git git;
  private String baseCommit;

  private SampleProject(Path root) {
    this.root = root;
  }

  /** Copies {@code sample} into {@code <it.work>/<testName>}, replacing {@code @project.version@} in POMs. */
  static SampleProject copy(String sample, String testName) {
    return copy(sample, ItEnvironment.work().resolve(testName));
  }

  /** Copies {@code sample} into {@code target}, which is emptied first. */
  static SampleProject copy(String sample, Path target) {
    try {
      deleteRecursively(target);
      copyTree(ItEnvironment.projects().resolve(sample), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SampleProject(target);
  }

  /** A project already in {@code root}, e.g. a generated one. */
  static SampleProject in(Path root) {
    return new SampleProject(root);
  }

  /** Copies the files of {@code sample} over this project's: the second version of a sample kept as two. */
  SampleProject overlay(String sample) {
    try {
      copyTree(ItEnvironment.projects().resolve(sample), root);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code projects/files/<name>} to {@code relative} in this project. */
  SampleProject add(String name, String relative) {
    try {
      Path target = root.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.copy(ItEnvironment.projects().resolve("files").resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new IllegalArgumentException("no sample project at " + source);
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (file.getFileName().toString().equals("pom.xml")) {
          String pom = Files.readString(file).replace("@project.version@", ItEnvironment.pluginVersion());
          Files.writeString(copy, pom);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  Path root() {
    return root;
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** {@code git init} on branch main, commits everything as the base, then checks out a new branch feature. */
  SampleProject commitBase() {
    try {
      git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
      Files.writeString(root.resolve(".gitignore"), "target/\n");
      baseCommit = commitAll("base");
      git.checkout().setCreateBranch(true).setName("feature").call();
      return this;
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException("could not create the sample's git repository", e);
    }
  }

  /** The commit on main that {@link #commitBase()} made. */
  String baseCommit() {
    if (baseCommit == null) {
      throw new IllegalStateException("commitBase() first");
    }
    return baseCommit;
  }

  /** Stages every change, deletions included, and commits it; returns the commit id. */
  String commitAll(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call().name();
    } catch (GitAPIException e) {
      throw new IllegalStateException("could not commit in the sample", e);
    }
  }

  SampleProject write(String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites a file; fails when the edit changes nothing, so a test never reviews a change it did not make. */
  SampleProject edit(String relative, UnaryOperator<String> edit) {
    String before = read(relative);
    String after = edit.apply(before);
    if (after.equals(before)) {
      throw new IllegalArgumentException("the edit did not change " + relative);
    }
    return write(relative, after);
  }

  String read(String relative) {
    try {
      return Files.readString(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SampleProject delete(String relative) {
    try {
      Files.delete(root.resolve(relative));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SampleProject move(String from, String to) {
    try {
      Path target = root.resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(root.resolve(from), target);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (git != null) {
      git.close();
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
