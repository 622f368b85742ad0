package io.github.reviewagent.maven;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;

/**
 * Warns at the end of a build when the reactor's review did not run because some modules never reached the
 * goal: one failed before it (with {@code --fail-at-end} or {@code --fail-never} the others go on), or was not
 * built after such a failure. Otherwise the modules that did reach it would only have said they registered.
 *
 * <p>A plugin that is not a build extension gets no call when the build ends. But Maven reads the request's
 * execution listener anew for every event it fires, so a listener put in front of it sees the session end,
 * just before Maven prints its summary; every event still goes on to the listener that was there.
 */
final class HeldBackReview {

  private HeldBackReview() {}

  /** Arranges the warning for this build's execution; called once, when its first module registers. */
  static void warnAtSessionEnd(MavenSession session, String execution, ReactorReviews reactor, Log log) {
    MavenExecutionRequest request = session.getRequest();
    whenSessionEnds(request, () -> {
      try {
        List<String> missing = reactor.missing(request, execution);
        if (!missing.isEmpty()) {
          log.warn(message(missing, failed(session)));
        }
      } catch (RuntimeException e) {
        // a warning must never cost the build its summary
        log.debug("Could not tell whether the reactor's review was held back: " + e);
      }
    });
  }

  /** Runs {@code action} when the session ends, before the listeners the request had. */
  static void whenSessionEnds(MavenExecutionRequest request, Runnable action) {
    ExecutionListener next =
        request.getExecutionListener() == null ? new AbstractExecutionListener() : request.getExecutionListener();
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (method.getName().equals("sessionEnded")) {
        action.run();
      }
      try {
        return method.invoke(next, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    request.setExecutionListener((ExecutionListener) Proxy.newProxyInstance(
        ExecutionListener.class.getClassLoader(), new Class<?>[] {ExecutionListener.class}, handler));
  }

  /** @param missing the modules that did not reach the goal, in reactor order */
  static String message(List<String> missing, Set<String> failed) {
    String modules = missing.stream()
        .map(id -> failed.contains(id) ? id + " (failed)" : id)
        .collect(Collectors.joining(", "));
    return "No review of the reactor in this build: " + modules + " did not reach the review goal, and the review"
        + " runs only once every module has. Fix the build and run it again";
  }

  private static Set<String> failed(MavenSession session) {
    return session.getProjects().stream()
        .filter(project -> session.getResult().getBuildSummary(project) instanceof BuildFailure)
        .map(Reactor::id)
        .collect(Collectors.toSet());
  }
}
