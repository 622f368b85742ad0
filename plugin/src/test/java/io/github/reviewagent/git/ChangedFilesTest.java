package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.cli;
import static io.github.reviewagent.git.TestRepo.lines;
import static io.github.reviewagent.git.TestRepo.numbered;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile.Status;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as changed, and which lines, between the merge base and the working tree. */
class ChangedFilesTest {

  @TempDir
  Path dir;

  private TestRepo repo;

  @BeforeEach
  void baseCommitOnMain() throws Exception {
    repo = TestRepo.init(dir)
        .write("src/A.java", numbered(10))
        .write("src/B.java", numbered(10))
        .write("src/C.java", numbered(10))
        .write("src/D.java", numbered(10))
        .write("docs/readme.txt", lines("read", "me"));
    repo.commitAll("base");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private static ChangedPath file(ChangeSet changes, String path) {
    return changes.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(
        () -> new AssertionError(path + " not in " + changes.files()));
  }

  private static List<String> paths(ChangeSet changes) {
    return changes.files().stream().map(ChangedPath::path).toList();
  }

  private static String replaceLine(String text, int line, String replacement) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    lines.set(line - 1, replacement);
    return lines(lines.toArray(String[]::new));
  }

  @Test
  void committedStagedUnstagedAndUntrackedChangesAreAllReported() throws Exception {
    repo.newBranch("feature").write("src/A.java", replaceLine(numbered(10), 2, "committed")).commitAll("a");
    repo.write("src/B.java", replaceLine(numbered(10), 4, "staged")).stage("src/B.java");
    repo.write("src/C.java", replaceLine(numbered(10), 6, "unstaged"));
    repo.write("src/New.java", lines("class New {", "}"));

    ChangeSet changes = repo.detect("main");

    assertThat(changes.repositoryRoot()).isEqualTo(dir);
    assertThat(changes.baseRef()).isEqualTo("main");
    assertThat(changes.baseCommit()).isEqualTo(repo.git.getRepository().resolve("main").name());
    assertThat(changes.warnings()).isEmpty();
    assertThat(changes.files()).containsExactly(
        new ChangedPath("src/A.java", null, Status.MODIFIED, List.of(new LineRange(2, 2)), numbered(10)),
        new ChangedPath("src/B.java", null, Status.MODIFIED, List.of(new LineRange(4, 4)), numbered(10)),
        new ChangedPath("src/C.java", null, Status.MODIFIED, List.of(new LineRange(6, 6)), numbered(10)),
        new ChangedPath("src/New.java", null, Status.ADDED, List.of(new LineRange(1, 2)), null));
  }

  @Test
  void stagedAndUnstagedEditsOfOneFileCombine() throws Exception {
    repo.write("src/A.java", replaceLine(numbered(10), 2, "staged")).stage("src/A.java");
    repo.write("src/A.java", replaceLine(replaceLine(numbered(10), 2, "staged"), 9, "unstaged"));

    assertThat(file(repo.detect("main"), "src/A.java").changedLines())
        .containsExactly(new LineRange(2, 2), new LineRange(9, 9));
  }

  @Test
  void deletedFilesAreDropped() throws Exception {
    repo.newBranch("feature").delete("src/A.java").commitAll("committed deletion");
    repo.git.rm().addFilepattern("src/B.java").call();
    repo.delete("src/C.java");
    repo.write("src/D.java", replaceLine(numbered(10), 1, "still here"));

    assertThat(paths(repo.detect("main"))).containsExactly("src/D.java");
  }

  @Test
  void uneditedRenameIsFollowedWithNoChangedLines() throws Exception {
    // git mv: staged on both paths.
    repo.delete("src/A.java").write("src/moved/A.java", numbered(10)).stage("src/moved/A.java");
    repo.git.rm().setCached(true).addFilepattern("src/A.java").call();

    ChangeSet changes = repo.detect("main");

    assertThat(changes.files()).containsExactly(new ChangedPath(
        "src/moved/A.java", "src/A.java", Status.RENAMED, List.of(), numbered(10)));
  }

  @Test
  void editedRenameIsFollowedWithLinesRelativeToTheOldFile() throws Exception {
    // Untracked in the working tree and deleted at the old path: still a rename, as git status -M sees it.
    repo.delete("src/A.java").write("src/A2.java", replaceLine(numbered(10), 7, "edited"));

    ChangeSet changes = repo.detect("main");

    assertThat(changes.files()).containsExactly(new ChangedPath(
        "src/A2.java", "src/A.java", Status.RENAMED, List.of(new LineRange(7, 7)), numbered(10)));
  }

  @Test
  void renameBelowHalfSimilarityIsAnAddedFile() throws Exception {
    String mostlyNew = lines("line 1", "line 2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10");
    repo.delete("src/A.java").write("src/Other.java", mostlyNew);

    assertThat(repo.detect("main").files()).containsExactly(
        new ChangedPath("src/Other.java", null, Status.ADDED, List.of(new LineRange(1, 10)), null));
  }

  @Test
  void nestedDirectoriesGiveRootRelativeSlashPathsSortedFromAnySubdirectory() throws Exception {
    repo.write("module-b/src/main/java/b/Z.java", lines("z"))
        .write("module-a/src/main/java/a/deep/er/Y.java", lines("y"))
        .write("module-a/src/main/java/a/X.java", lines("x"));

    ChangeSet fromModule = new JGitChangeDetector(name -> null)
        .detect(dir.resolve("module-a/src/main/java/a"), "main");

    assertThat(fromModule.repositoryRoot()).isEqualTo(dir);
    assertThat(paths(fromModule)).containsExactly(
        "module-a/src/main/java/a/X.java",
        "module-a/src/main/java/a/deep/er/Y.java",
        "module-b/src/main/java/b/Z.java");
  }

  @Test
  void crlfFileWithOneEditedLineShowsOnlyThatLine() throws Exception {
    String crlf = numbered(10).replace("\n", "\r\n");
    repo.write("src/Crlf.java", crlf).commitAll("crlf file");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write("src/Crlf.java", replaceLine(numbered(10), 5, "edited").replace("\n", "\r\n"));

    ChangedPath changed = file(repo.detect(base), "src/Crlf.java");

    assertThat(changed.changedLines()).containsExactly(new LineRange(5, 5));
    assertThat(changed.baseContent()).isEqualTo(crlf);
  }

  @Test
  void lfFileCheckedOutWithCrlfIsNotAChange() throws Exception {
    repo.write("src/A.java", numbered(10).replace("\n", "\r\n"));
    repo.write("src/B.java", replaceLine(numbered(10), 3, "edited").replace("\n", "\r\n"));

    ChangeSet changes = repo.detect("main");

    assertThat(paths(changes)).containsExactly("src/B.java");
    assertThat(file(changes, "src/B.java").changedLines()).containsExactly(new LineRange(3, 3));
  }

  @Test
  void autocrlfWorkingTreeComparesByContent() throws Exception {
    StoredConfig config = repo.git.getRepository().getConfig();
    config.setBoolean("core", null, "autocrlf", true);
    config.save();
    repo.write("src/A.java", replaceLine(numbered(10), 8, "edited").replace("\n", "\r\n")).stage("src/A.java");
    repo.write("src/B.java", numbered(10).replace("\n", "\r\n")).stage("src/B.java");

    ChangeSet changes = repo.detect("main");

    assertThat(paths(changes)).containsExactly("src/A.java");
    assertThat(file(changes, "src/A.java").changedLines()).containsExactly(new LineRange(8, 8));
  }

  @Test
  void binaryFilesAreSkipped() throws Exception {
    repo.write("img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}).commitAll("logo");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write("img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 3, 4})
        .write("lib/native.so", new byte[] {0x7f, 'E', 'L', 'F', 0, 0})
        .write("src/A.java", replaceLine(numbered(10), 1, "text"));

    assertThat(paths(repo.detect(base))).containsExactly("src/A.java");
  }

  @Test
  void changedFilesThatLookBinaryAreListedAndOneNoLongerBinaryIsReviewedWhole() throws Exception {
    // A Java file saved as UTF-16 has a NUL byte in every ASCII character: git's test calls it binary.
    repo.write("src/Wide.java", numbered(3).getBytes(StandardCharsets.UTF_16)).commitAll("utf-16");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write("src/A.java", replaceLine(numbered(10), 1, "text").getBytes(StandardCharsets.UTF_16LE))
        .write("src/Wide.java", numbered(4))
        .write("img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

    ChangeSet changes = repo.detect(base);

    assertThat(changes.binaryFiles()).containsExactly("img/logo.png", "src/A.java");
    // Saved again in the sources' encoding: no base text to compare with, so every line counts as changed.
    assertThat(changes.files()).containsExactly(
        new ChangedPath("src/Wide.java", null, Status.MODIFIED, List.of(new LineRange(1, 4)), null));
  }

  @Test
  void ignoredUntrackedFilesAreSkippedButTrackedOnesMatchingAPatternAreNot() throws Exception {
    repo.write(".gitignore", lines("target/", "*.log", "docs/")).commitAll("ignore");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write("target/classes/Gen.java", lines("generated"))
        .write("module/target/Gen.java", lines("generated"))
        .write("app.log", lines("log"))
        .write("docs/readme.txt", lines("read", "me", "more"))
        .write("docs/new.txt", lines("new"))
        .write("src/Kept.java", lines("kept"));

    assertThat(paths(repo.detect(base))).containsExactly("docs/readme.txt", "src/Kept.java");
  }

  @Test
  void changesOnlyOnTheBaseBranchAfterTheForkAreNotReported() throws Exception {
    repo.newBranch("feature").write("src/A.java", replaceLine(numbered(10), 1, "feature")).commitAll("f");
    repo.checkout("main").write("src/B.java", replaceLine(numbered(10), 1, "main moved on")).commitAll("m");
    repo.checkout("feature");

    ChangeSet changes = repo.detect("main");

    assertThat(paths(changes)).containsExactly("src/A.java");
    assertThat(changes.baseCommit()).isNotEqualTo(repo.git.getRepository().resolve("main").name());
  }

  @Test
  void changesThatCancelOutGiveAnEmptyChangeSet() throws Exception {
    repo.newBranch("feature").write("src/B.java", lines("rewritten")).commitAll("rewrite");
    repo.write("src/B.java", numbered(10)).commitAll("revert");
    repo.write("src/A.java", replaceLine(numbered(10), 2, "staged then undone")).stage("src/A.java");
    repo.write("src/A.java", numbered(10));

    ChangeSet changes = repo.detect("main");

    assertThat(changes.files()).isEmpty();
    assertThat(changes.warnings()).isEmpty();
    assertThat(changes.baseRef()).isEqualTo("main");
  }

  @Test
  void emptyAddedFileIsReportedWithoutLines() throws Exception {
    repo.write("src/Empty.java", "");

    assertThat(repo.detect("main").files()).containsExactly(
        new ChangedPath("src/Empty.java", null, Status.ADDED, List.of(), null));
  }

  @Test
  void baseContentIsTheBaseTextDecodedAsUtf8() throws Exception {
    String text = lines("// Grüße, ☃", "class U {}");
    repo.write("src/U.java", text).commitAll("utf-8");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write("src/U.java", text + "// more\n");

    ChangedPath changed = file(repo.detect(base), "src/U.java");

    assertThat(changed.baseContent()).isEqualTo(text);
  }

  @Test
  void baseContentIsDecodedInTheEncodingTheDetectorWasGiven() throws Exception {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    String text = lines("// Grüße", "class U {}");
    repo.write("src/U.java", text.getBytes(latin1)).commitAll("latin-1");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write("src/U.java", (text + "// more\n").getBytes(latin1));

    ChangeSet changes = new JGitChangeDetector(name -> null, latin1).detect(dir, base);

    assertThat(file(changes, "src/U.java").baseContent()).isEqualTo(text);
  }

  @Test
  void aModeOnlyChangeIsNoChange() throws Exception {
    cli(dir, "update-index", "-q", "--refresh");
    cli(dir, "checkout", "-q", "-b", "feature");
    cli(dir, "update-index", "--chmod=+x", "src/A.java");
    assertThat(dir.resolve("src/A.java").toFile().setExecutable(true)).isTrue();
    cli(dir, "commit", "-q", "-m", "chmod +x");
    repo.write("src/B.java", replaceLine(numbered(10), 2, "edited"));

    assertThat(cli(dir, "diff", "--summary", "main", "HEAD")).contains("mode change 100644 => 100755 src/A.java");
    assertThat(paths(repo.detect("main"))).containsExactly("src/B.java");
  }

  @Test
  void filesRenormalizedByGitattributesTextAutoAreNoChange() throws Exception {
    repo.write("src/Crlf.java", numbered(10).replace("\n", "\r\n")).commitAll("committed with CRLF");
    String base = repo.git.getRepository().resolve("HEAD").name();
    repo.write(".gitattributes", lines("* text=auto eol=lf"));
    cli(dir, "add", "--renormalize", ".");
    cli(dir, "add", ".gitattributes");
    cli(dir, "commit", "-q", "-m", "normalize line endings");

    assertThat(cli(dir, "diff", "--stat", base, "HEAD")).contains("src/Crlf.java");
    assertThat(paths(repo.detect(base))).containsExactly(".gitattributes");
  }
}
