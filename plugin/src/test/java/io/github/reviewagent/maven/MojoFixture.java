package io.github.reviewagent.maven;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import io.github.reviewagent.report.ReportWriter;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.service.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.api.di.Provides;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.AfterEach;

/**
 * What the goal's {@code @MojoTest}s run in: a one-module project in a temporary directory that is the execution
 * root, a mocked session, and a report writer that records instead of writing. Change detection is real: see
 * {@link #changedFileInAGitRepository()}.
 */
abstract class MojoFixture {

  final Path root;
  final Properties userProperties = new Properties();
  final Settings settings = new Settings();
  boolean offline;
  final RecordingLog log = new RecordingLog();
  final List<ReviewResult> written = new ArrayList<>();
  private final MavenProject project;

  MojoFixture() throws IOException {
    root = Files.createTempDirectory("review-mojo-test").toRealPath();
    project = project(root);
  }

  private static MavenProject project(Path basedir) {
    Model model = new Model();
    model.setGroupId("org.example");
    model.setArtifactId("demo");
    model.setVersion("1.0");
    model.setBuild(new Build());
    // Not target: the reports' default follows the execution root's build directory, as INTERFACE.md says.
    model.getBuild().setDirectory(basedir.resolve("build").toString());
    model.getProperties().setProperty("project.build.sourceEncoding", "ISO-8859-1");
    model.getProperties().setProperty("maven.compiler.release", "11");
    MavenProject project = new MavenProject(model);
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.addCompileSourceRoot(basedir.resolve("src/main/java").toString());
    project.addCompileSourceRoot(basedir.resolve("build/generated-sources/annotations").toString());
    project.addTestCompileSourceRoot(basedir.resolve("src/test/java").toString());
    project.setExecutionRoot(true);
    return project;
  }

  @AfterEach
  void deleteRoot() throws IOException {
    FileUtils.delete(root.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
  }

  @Provides
  MavenProject project() {
    return project;
  }

  @Provides
  MavenSession session() {
    MavenSession session = mock(MavenSession.class);
    MavenExecutionRequest request = new DefaultMavenExecutionRequest();
    lenient().when(session.getRequest()).thenReturn(request);
    lenient().when(session.getUserProperties()).thenReturn(userProperties);
    lenient().when(session.getSystemProperties()).thenReturn(new Properties());
    lenient().when(session.getExecutionRootDirectory()).thenReturn(root.toString());
    lenient().when(session.getProjects()).thenReturn(List.of(project));
    lenient().when(session.getCurrentProject()).thenReturn(project);
    lenient().when(session.getTopLevelProject()).thenReturn(project);
    lenient().when(session.getSettings()).thenReturn(settings);
    lenient().when(session.isOffline()).thenAnswer(invocation -> offline);
    return session;
  }

  /**
   * Stands in for Maven's decrypter (tested for real in {@link SettingsAccessTest}): a password written
   * {@code {enc:x}} decrypts to {@code x}, anything else stays as it is.
   */
  @Provides
  SettingsDecrypter decrypter() {
    return request -> {
      List<Server> servers = new ArrayList<>();
      for (Server server : request.getServers()) {
        Server copy = server.clone();
        copy.setPassword(decrypt(server.getPassword()));
        servers.add(copy);
      }
      List<Proxy> proxies = new ArrayList<>();
      for (Proxy proxy : request.getProxies()) {
        Proxy copy = proxy.clone();
        copy.setPassword(decrypt(proxy.getPassword()));
        proxies.add(copy);
      }
      return new SettingsDecryptionResult() {
        @Override
        public Server getServer() {
          return servers.isEmpty() ? null : servers.get(0);
        }

        @Override
        public List<Server> getServers() {
          return servers;
        }

        @Override
        public Proxy getProxy() {
          return proxies.isEmpty() ? null : proxies.get(0);
        }

        @Override
        public List<Proxy> getProxies() {
          return proxies;
        }

        @Override
        public List<SettingsProblem> getProblems() {
          return List.of();
        }
      };
    };
  }

  private static String decrypt(String password) {
    return password != null && password.startsWith("{enc:") && password.endsWith("}")
        ? password.substring(5, password.length() - 1)
        : password;
  }

  @Provides
  MojoExecution execution() {
    MojoExecution execution = mock(MojoExecution.class);
    lenient().when(execution.getSource()).thenReturn(MojoExecution.Source.CLI);
    lenient().when(execution.getGroupId()).thenReturn("io.github.reviewagent");
    lenient().when(execution.getArtifactId()).thenReturn("review-maven-plugin");
    lenient().when(execution.getGoal()).thenReturn("review");
    lenient().when(execution.getExecutionId()).thenReturn("default-cli");
    return execution;
  }

  @Provides
  Log log() {
    return log;
  }

  @Provides
  ReportWriter reports() {
    return (result, directory, formats, sources) -> {
      written.add(result);
      return formats.stream().sorted().map(f -> directory.resolve(f.fileName())).toList();
    };
  }

  /** A git repository whose branch main has one commit, and an untracked file added since. */
  void changedFileInAGitRepository() throws Exception {
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern("pom.xml").call();
      git.commit().setMessage("base").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
    }
    Path file = root.resolve("src/main/java/a/New.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package a;\n\nclass New {\n  void run(int a, int b, int c, int d, int e, int f, int g, int h) {\n  }\n}\n");
  }
}
