package io.github.reviewagent.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real repository in a temporary directory, driven with JGit (and the git CLI where JGit can't). */
final class TestRepo implements AutoCloseable {

  private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com");

  final Path dir;
  final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** A new repository on branch {@code main}, with line-ending conversion off. */
  static TestRepo init(Path dir) throws GitAPIException, IOException {
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setBoolean("core", null, "autocrlf", false);
    config.save();
    return new TestRepo(dir, git);
  }

  static TestRepo open(Path dir) throws IOException {
    return new TestRepo(dir, Git.open(dir.toFile()));
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** Lines "line 1" to "line n". */
  static String numbered(int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add("line " + i);
    }
    return lines(lines.toArray(String[]::new));
  }

  TestRepo write(String path, String content) throws IOException {
    return write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  TestRepo write(String path, byte[] content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return this;
  }

  TestRepo delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  TestRepo stage(String path) throws GitAPIException {
    git.add().addFilepattern(path).call();
    return this;
  }

  /** Stages everything (new, modified, deleted) and commits. */
  RevCommit commitAll(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
  }

  TestRepo newBranch(String name) throws GitAPIException {
    git.checkout().setCreateBranch(true).setName(name).call();
    return this;
  }

  TestRepo checkout(String name) throws GitAPIException {
    git.checkout().setName(name).call();
    return this;
  }

  ChangeSet detect(String base) throws GitException {
    return new JGitChangeDetector(Map.<String, String>of()::get).detect(dir, base);
  }

  @Override
  public void close() {
    git.close();
  }

  /** Runs the git CLI in {@code workDir}, isolated from the user's and system's configuration. */
  static String cli(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always",
        "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.com");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.com");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("git %s finished", args[0]).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", String.join(" ", args), output).isZero();
    return output;
  }
}
