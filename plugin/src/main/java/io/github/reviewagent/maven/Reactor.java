package io.github.reviewagent.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/** What the build knows about its modules, in the terms the review needs. */
final class Reactor {

  private Reactor() {}

  /** A module's id, unique in a reactor. */
  static String id(MavenProject project) {
    return project.getGroupId() + ":" + project.getArtifactId();
  }

  /**
   * The modules that will run this execution of the goal, in reactor order: all of them when the goal was named on
   * the command line, else those whose build binds it in an execution with this id.
   */
  static List<String> expectedModules(MavenSession session, MojoExecution execution) {
    List<String> ids = new ArrayList<>();
    boolean everyModule = execution.getSource() == MojoExecution.Source.CLI;
    for (MavenProject module : session.getProjects()) {
      if (everyModule || bindsGoal(module, execution)) {
        ids.add(id(module));
      }
    }
    return ids;
  }

  private static boolean bindsGoal(MavenProject module, MojoExecution execution) {
    for (Plugin plugin : module.getBuildPlugins()) {
      if (plugin.getGroupId().equals(execution.getGroupId())
          && plugin.getArtifactId().equals(execution.getArtifactId())
          && plugin.getExecutions().stream()
              .anyMatch(e -> e.getId().equals(execution.getExecutionId()) && e.getGoals().contains(execution.getGoal()) && !unbound(e))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a module switched an inherited execution off the Maven way, with {@code <phase>none</phase>}: no
   * lifecycle has that phase, so Maven never runs the execution, and waiting for the module would hold the
   * reactor's review back.
   */
  private static boolean unbound(PluginExecution execution) {
    return "none".equals(execution.getPhase());
  }

  /**
   * The module's main and test source roots as the build knows them now, without those inside the build
   * directory: generated code is not the author's change.
   */
  static List<Path> sourceRoots(MavenProject project) {
    Path basedir = project.getBasedir().toPath().toAbsolutePath();
    Path buildDirectory = basedir.resolve(project.getBuild().getDirectory()).normalize();
    return Stream.concat(project.getCompileSourceRoots().stream(), project.getTestCompileSourceRoots().stream())
        .map(root -> basedir.resolve(root).normalize())
        .filter(root -> !root.startsWith(buildDirectory))
        .distinct()
        .toList();
  }
}
