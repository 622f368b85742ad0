package io.github.reviewagent.git;

import io.github.reviewagent.review.ReviewedFile.Status;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;

/**
 * Finds what changed with JGit, the way Spotless's {@code ratchetFrom} does: resolve the base, take its
 * merge base with HEAD, and compare that commit's tree with the working tree (staged, unstaged and
 * untracked files; ignored, deleted and binary files left out (binary ones listed); renames followed at git's 50% similarity;
 * line endings ignored).
 *
 * <p>Thread-safe. Results are cached per repository and requested base for the life of the instance, so
 * the modules of one build share one computation; concurrent callers wait for it rather than repeat it.
 * Because the working tree is read once, an instance should not outlive a build (in a long-lived daemon,
 * create one per build session).
 */
public final class JGitChangeDetector implements ChangeDetector {

  /** The {@code review.base} value that asks for auto-detection, like null or blank; matched ignoring case. */
  public static final String AUTO = "auto";

  private final Function<String, String> environment;
  private final Charset encoding;
  private final ConcurrentMap<CacheKey, CompletableFuture<ChangeSet>> cache = new ConcurrentHashMap<>();

  /** A detector that reads the CI's target branch from the process environment. */
  public JGitChangeDetector() {
    this(System::getenv);
  }

  /**
   * @param environment looks up environment variables (returns null when unset); tests pass a map's
   *                    {@code get}
   */
  public JGitChangeDetector(Function<String, String> environment) {
    this(environment, StandardCharsets.UTF_8);
  }

  /**
   * @param environment looks up environment variables (returns null when unset)
   * @param encoding    the source files' encoding, in which {@link ChangedPath#baseContent()} is decoded so
   *                    that it reads like the working tree's text
   */
  public JGitChangeDetector(Function<String, String> environment, Charset encoding) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code baseRef} may be a branch, remote-tracking branch, tag, commit id or any git revision; null,
   * blank or {@value #AUTO} (in any case: {@code AUTO} too) auto-detects it (the CI's target branch, else
   * GitLab's merge request target or diff base commit if in the clone, else {@code origin/HEAD},
   * {@code origin/main}, {@code origin/master}, {@code main}, {@code master}; {@code origin} being the only
   * remote when that has another name). A branch literally called {@code auto} can be passed as
   * {@code refs/heads/auto}.
   *
   * @throws NotAGitRepositoryException when {@code directory} is not inside a git work tree
   */
  @Override
  public ChangeSet detect(Path directory, String baseRef) throws GitException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new NotAGitRepositoryException(directory);
    }
    String requested = requested(baseRef);
    CacheKey key = new CacheKey(builder.getGitDir().toPath().toAbsolutePath().normalize(), requested);
    CompletableFuture<ChangeSet> mine = new CompletableFuture<>();
    CompletableFuture<ChangeSet> shared = cache.putIfAbsent(key, mine);
    if (shared == null) {
      shared = mine;
      try {
        mine.complete(compute(builder, requested));
      } catch (Throwable e) { // handed to every waiting caller, rethrown below
        mine.completeExceptionally(e);
      }
    }
    try {
      return shared.join();
    } catch (CompletionException e) {
      throw rethrow(e.getCause());
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Opens the repository, resolves the base and walks the working tree against it, as {@link #detect} will,
   * then forgets the result (the working tree may still change before the review): what stays is JGit's classes
   * (loaded, and their signed jar checked), the file system's and git's configuration (JGit runs {@code git} once
   * to find the system configuration) and the operating system's cache of the repository's files.
   */
  @Override
  public boolean warmUp(Path directory, String baseRef) {
    try {
      // Read once per JVM, with a git process to find the system configuration.
      SystemReader.getInstance().getUserConfig();
      if (directory == null) {
        return false;
      }
      FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile());
      if (builder.getGitDir() == null) {
        return false;
      }
      try (Repository repository = builder.setMustExist(true).build()) {
        if (repository.isBare()) {
          return false;
        }
        BaseResolver.Base base = new BaseResolver(repository, environment).resolve(requested(baseRef));
        try (ObjectReader reader = repository.newObjectReader()) {
          return !WorkTreeScanner.scan(repository, reader, base.mergeBase().getTree()).candidates().isEmpty();
        }
      }
    } catch (GitException | IOException | ConfigInvalidException | RuntimeException e) {
      return false; // detect() meets the same problem and reports it properly
    }
  }

  private static String requested(String baseRef) {
    return baseRef == null || baseRef.isBlank() || baseRef.strip().equalsIgnoreCase(AUTO) ? null : baseRef.strip();
  }

  private static GitException rethrow(Throwable cause) {
    if (cause instanceof GitException gitException) {
      return gitException;
    }
    if (cause instanceof RuntimeException runtimeException) {
      throw runtimeException;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  private ChangeSet compute(FileRepositoryBuilder builder, String requested) throws GitException {
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        throw new GitException(repository.getDirectory() + " is a bare git repository: it has no working"
            + " tree to review. Run the build in a clone or worktree.");
      }
      BaseResolver.Base base = new BaseResolver(repository, environment).resolve(requested);
      Path root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      try (ObjectReader reader = repository.newObjectReader()) {
        WorkTreeScanner.Scan scan = WorkTreeScanner.scan(repository, reader, base.mergeBase().getTree());
        List<ChangedPath> files = new ArrayList<>();
        List<String> binary = new ArrayList<>();
        for (WorkTreeScanner.Candidate candidate : scan.candidates()) {
          ChangedPath changed = compare(reader, root, candidate, binary);
          if (changed != null) {
            files.add(changed);
          }
        }
        files.sort(Comparator.comparing(ChangedPath::path));
        binary.sort(Comparator.naturalOrder());
        List<String> warnings = new ArrayList<>(base.warnings());
        warnings.addAll(scan.warnings());
        return new ChangeSet(root, base.ref(), base.mergeBase().name(), files, binary, warnings);
      }
    } catch (IOException e) {
      throw new GitException("Could not read the git repository " + builder.getGitDir() + ": " + e
          + ". Check that `git status` works there.", e);
    }
  }

  /** The changed file, or null when it is binary (then added to {@code binary}) or its content equals the base's. */
  private ChangedPath compare(ObjectReader reader, Path root, WorkTreeScanner.Candidate candidate, List<String> binary)
      throws IOException {
    byte[] current;
    try {
      current = Files.readAllBytes(root.resolve(candidate.path()));
    } catch (NoSuchFileException e) {
      return null; // deleted since the walk saw it: deleted files are dropped
    }
    if (LineDiff.isBinary(current)) {
      binary.add(candidate.path());
      return null;
    }
    if (candidate.baseBlob() == null) {
      return new ChangedPath(candidate.path(), null, Status.ADDED, LineDiff.allLines(current), null);
    }
    byte[] base = reader.open(candidate.baseBlob(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    boolean renamed = candidate.previousPath() != null;
    if (LineDiff.isBinary(base)) {
      // Text now, binary at the base (a source saved as UTF-16 there, re-saved in the sources' encoding since):
      // nothing to compare line by line, so the whole file is the change.
      return new ChangedPath(candidate.path(), candidate.previousPath(), renamed ? Status.RENAMED : Status.MODIFIED,
          LineDiff.allLines(current), null);
    }
    byte[] normalizedBase = LineDiff.normalizeLineEndings(base);
    byte[] normalizedCurrent = LineDiff.normalizeLineEndings(current);
    if (!renamed && Arrays.equals(normalizedBase, normalizedCurrent)) {
      return null; // e.g. a staged edit undone in the working tree, or only line endings changed
    }
    return new ChangedPath(candidate.path(), candidate.previousPath(),
        renamed ? Status.RENAMED : Status.MODIFIED, LineDiff.changedLines(normalizedBase, normalizedCurrent),
        // Malformed bytes are replaced, as when the working tree's text is read.
        new String(base, encoding));
  }

  private record CacheKey(Path gitDir, String requestedBase) {}
}
