package io.github.reviewagent.review.service;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Start-up work done on background threads, so that the review's own thread finds it done: loading and
 * initialising classes, reading configuration. Each task runs once per service, which Maven keeps for the build
 * (and the Maven daemon across builds, which then find it warm). A warm-up only prepares: it changes nothing a
 * review finds, and whatever goes wrong in it shows, if at all, when the review does the same for real.
 */
final class WarmUp {

  private final Set<String> started = ConcurrentHashMap.newKeySet();

  /** Starts each task on a background thread of its own (named as the task), unless it was started before. */
  void start(Map<String, Runnable> tasks) {
    tasks.forEach((name, task) -> {
      if (started.add(name)) {
        start(name, task);
      }
    });
  }

  private static void start(String name, Runnable task) {
    Thread thread =
        new Thread(
            () -> {
              try {
                task.run();
              } catch (RuntimeException | LinkageError e) {
                // only a preparation: the review meets the same problem and reports it properly
              }
            },
            name);
    // Never holds the build up: a build that ends before the warm-up does simply exits.
    thread.setDaemon(true);
    thread.start();
  }
}
