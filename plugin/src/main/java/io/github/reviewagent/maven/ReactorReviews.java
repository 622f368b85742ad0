package io.github.reviewagent.maven;

import io.github.reviewagent.review.service.ModuleSources;
import io.github.reviewagent.review.service.ReviewRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Collects the modules of one build so that the reactor gets one combined review per execution of the goal.
 *
 * <p>Design: Maven runs the goal once per module, possibly on several threads ({@code -T}), in an order only
 * Maven knows. Each execution registers its module here (its source roots as the build knows them at that
 * time, its globs, and its view of the review-wide settings) together with the modules expected to run the
 * goal. Registration is atomic: the execution that completes the expected set is told so, exactly once, and
 * runs the review for all of them; the others return at once. This singleton lives in the plugin's class realm,
 * which Maven shares between the modules of a build (and, in the Maven daemon, between builds), so the state
 * is kept per build, keyed by the build's execution request, which every module's (cloned) session shares, and
 * held weakly so that it goes with the build. Each execution of the goal (by its id: two bound in the POM with
 * their own configuration, or the one named on the command line) collects and reviews on its own.
 *
 * <p>The review-wide settings come from the execution root's module when it takes part, else from the first
 * module in reactor order, so the outcome does not depend on which thread finishes last. A skipped module
 * registers without sources, so the others' review is not held up by it.
 */
@Named
@Singleton
public final class ReactorReviews {

  private final Map<Object, Map<String, Round>> rounds = new WeakHashMap<>();

  /**
   * Registers one module's execution.
   *
   * @param build         identifies the build: the same object for every module of one build
   * @param execution     the id of the goal's execution
   * @param expected      the ids of the modules that run the goal in this build, in reactor order
   * @param module        this module's id
   * @param executionRoot whether this module is the build's execution root
   * @param request       this module's review request (its own sources only), or null when it skips the review
   */
  public synchronized Arrival arrive(
      Object build, String execution, List<String> expected, String module, boolean executionRoot, ReviewRequest request) {
    Round round = rounds.computeIfAbsent(build, key -> new HashMap<>()).computeIfAbsent(execution, key -> new Round(expected));
    if (round.done) {
      return new Arrival.AlreadyReviewed();
    }
    round.expected.add(module);
    round.arrived.put(module, new Registration(executionRoot, request));
    if (!round.arrived.keySet().containsAll(round.expected)) {
      return new Arrival.Waiting(round.arrived.size(), round.expected.size());
    }
    round.done = true;
    return round.combined();
  }

  /**
   * The modules expected in this build's execution that have not registered, in reactor order; empty once the
   * review ran, and for an execution in which no module registered.
   */
  synchronized List<String> missing(Object build, String execution) {
    Round round = rounds.getOrDefault(build, Map.of()).get(execution);
    if (round == null || round.done) {
      return List.of();
    }
    return round.expected.stream().filter(id -> !round.arrived.containsKey(id)).toList();
  }

  private record Registration(boolean executionRoot, ReviewRequest request) {}

  private static final class Round {
    final Set<String> expected;
    final Map<String, Registration> arrived = new LinkedHashMap<>();
    boolean done;

    Round(List<String> expected) {
      this.expected = new LinkedHashSet<>(expected);
    }

    Arrival combined() {
      ReviewRequest settings = null;
      List<ModuleSources> modules = new ArrayList<>();
      for (String id : expected) {
        Registration registration = arrived.get(id);
        if (registration.request() == null) {
          continue;
        }
        if (settings == null || registration.executionRoot()) {
          settings = registration.request();
        }
        modules.addAll(registration.request().modules());
      }
      return settings == null ? new Arrival.AllSkipped() : new Arrival.Complete(settings.withModules(modules));
    }
  }
}
