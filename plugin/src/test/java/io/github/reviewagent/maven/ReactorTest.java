package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ReactorTest {

  private static MavenProject module(String artifactId, boolean bindsReview) {
    Model model = new Model();
    model.setGroupId("org.example");
    model.setArtifactId(artifactId);
    model.setBuild(new Build());
    model.getBuild().setDirectory("/repo/" + artifactId + "/target");
    Plugin other = new Plugin();
    other.setGroupId("org.apache.maven.plugins");
    other.setArtifactId("maven-surefire-plugin");
    model.getBuild().addPlugin(other);
    if (bindsReview) {
      Plugin review = new Plugin();
      review.setGroupId("io.github.reviewagent");
      review.setArtifactId("review-maven-plugin");
      PluginExecution execution = new PluginExecution();
      execution.addGoal("review");
      review.addExecution(execution);
      model.getBuild().addPlugin(review);
    }
    MavenProject project = new MavenProject(model);
    project.setFile(Path.of("/repo", artifactId, "pom.xml").toFile());
    return project;
  }

  private static MojoExecution execution(MojoExecution.Source source) {
    MojoExecution execution = mock(MojoExecution.class);
    when(execution.getSource()).thenReturn(source);
    when(execution.getGroupId()).thenReturn("io.github.reviewagent");
    when(execution.getArtifactId()).thenReturn("review-maven-plugin");
    when(execution.getGoal()).thenReturn("review");
    when(execution.getExecutionId()).thenReturn("default");
    return execution;
  }

  private static MavenSession session(MavenProject... projects) {
    MavenSession session = mock(MavenSession.class);
    when(session.getProjects()).thenReturn(List.of(projects));
    return session;
  }

  @Test
  void fromTheCommandLineEveryModuleRunsTheGoal() {
    MavenSession session = session(module("parent", false), module("core", false), module("app", true));

    assertThat(Reactor.expectedModules(session, execution(MojoExecution.Source.CLI)))
        .containsExactly("org.example:parent", "org.example:core", "org.example:app");
  }

  @Test
  void boundInTheLifecycleOnlyTheModulesThatBindItRunIt() {
    MavenSession session = session(module("parent", true), module("core", false), module("app", true));

    assertThat(Reactor.expectedModules(session, execution(MojoExecution.Source.LIFECYCLE)))
        .containsExactly("org.example:parent", "org.example:app");
  }

  @Test
  void aModuleThatUnbindsTheInheritedExecutionWithPhaseNoneDoesNotRunIt() {
    // The Maven idiom to switch an inherited execution off in one module: <phase>none</phase>.
    MavenProject generated = module("generated", true);
    generated.getBuildPlugins().get(1).getExecutions().get(0).setPhase("none");
    MavenProject app = module("app", true);
    app.getBuildPlugins().get(1).getExecutions().get(0).setPhase("verify");

    assertThat(Reactor.expectedModules(session(module("parent", true), generated, app), execution(MojoExecution.Source.LIFECYCLE)))
        .containsExactly("org.example:parent", "org.example:app");
  }

  @Test
  void boundInTheLifecycleTheModulesThatBindThisExecution() {
    MavenProject both = module("both", true);
    PluginExecution sarif = new PluginExecution();
    sarif.setId("sarif");
    sarif.addGoal("review");
    both.getBuildPlugins().get(1).addExecution(sarif);
    MojoExecution execution = execution(MojoExecution.Source.LIFECYCLE);
    when(execution.getExecutionId()).thenReturn("sarif");

    assertThat(Reactor.expectedModules(session(module("parent", true), both), execution)).containsExactly("org.example:both");
  }

  @Test
  void sourceRootsAreMainAndTestWithoutGeneratedOnesAndResolvedAgainstTheModule() {
    MavenProject project = module("core", false);
    project.addCompileSourceRoot("/repo/core/src/main/java");
    project.addCompileSourceRoot("/repo/core/target/generated-sources/annotations");
    project.addCompileSourceRoot("src/main/extra");
    project.addTestCompileSourceRoot("/repo/core/src/test/java");

    assertThat(Reactor.sourceRoots(project))
        .containsExactly(
            Path.of("/repo/core/src/main/java"), Path.of("/repo/core/src/main/extra"), Path.of("/repo/core/src/test/java"));
  }
}
