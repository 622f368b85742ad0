package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.service.KeySources;
import io.github.reviewagent.review.service.ModelLimits;
import io.github.reviewagent.review.service.ModelSettings;
import io.github.reviewagent.review.service.ModuleSources;
import io.github.reviewagent.review.service.Provider;
import io.github.reviewagent.review.service.ReviewRequest;
import io.github.reviewagent.review.service.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReactorReviewsTest {

  private final ReactorReviews reactor = new ReactorReviews();
  private final Object build = new Object();
  private static final List<String> MODULES = List.of("g:root", "g:core", "g:app");

  private static ReviewRequest request(String module, Severity failOn) {
    ModuleSources sources =
        new ModuleSources(module, Path.of("/repo", module), List.of(Path.of("/repo", module, "src/main/java")), List.of("**/*.java"), List.of());
    return new ReviewRequest(
        Path.of("/repo"),
        List.of(sources),
        null,
        Scope.CHANGED,
        new ModelSettings(
            Provider.OFFLINE, "https://api.openai.com/v1", "m", KeySources.environment("K"), false, ModelLimits.defaults(null),
            ProxySettings.NONE, false, List.of()),
        failOn,
        OfflineConfig.defaults(),
        Path.of("/repo/target/review"),
        Set.of(),
        StandardCharsets.UTF_8, 21);
  }

  @Test
  void theLastModuleRunsOneReviewOfAllInReactorOrderWithTheExecutionRootsSettings() {
    Arrival first = reactor.arrive(build, "default", MODULES, "g:app", false, request("g:app", Severity.BLOCKER));
    Arrival second = reactor.arrive(build, "default", MODULES, "g:root", true, request("g:root", Severity.MAJOR));
    Arrival last = reactor.arrive(build, "default", MODULES, "g:core", false, request("g:core", Severity.INFO));

    assertThat(first).isEqualTo(new Arrival.Waiting(1, 3));
    assertThat(second).isEqualTo(new Arrival.Waiting(2, 3));
    assertThat(last).isInstanceOfSatisfying(Arrival.Complete.class, complete -> {
      assertThat(complete.request().modules()).extracting(ModuleSources::id).containsExactly("g:root", "g:core", "g:app");
      assertThat(complete.request().failOn()).isEqualTo(Severity.MAJOR);
    });
    assertThat(reactor.arrive(build, "default", MODULES, "g:core", false, request("g:core", Severity.INFO)))
        .isEqualTo(new Arrival.AlreadyReviewed());
  }

  @Test
  void withoutTheExecutionRootTheFirstModuleInReactorOrderGivesTheSettings() {
    reactor.arrive(build, "default", List.of("g:core", "g:app"), "g:app", false, request("g:app", Severity.BLOCKER));
    Arrival last = reactor.arrive(build, "default", List.of("g:core", "g:app"), "g:core", false, request("g:core", Severity.MINOR));

    assertThat(((Arrival.Complete) last).request().failOn()).isEqualTo(Severity.MINOR);
  }

  @Test
  void skippedModulesArriveWithoutSourcesAndDoNotHoldUpTheOthers() {
    reactor.arrive(build, "default", MODULES, "g:root", true, null);
    reactor.arrive(build, "default", MODULES, "g:core", false, request("g:core", Severity.MAJOR));
    Arrival last = reactor.arrive(build, "default", MODULES, "g:app", false, null);

    assertThat(((Arrival.Complete) last).request().modules()).extracting(ModuleSources::id).containsExactly("g:core");
  }

  @Test
  void whenEveryModuleSkipsNothingIsReviewed() {
    reactor.arrive(build, "default", List.of("g:a", "g:b"), "g:a", true, null);

    assertThat(reactor.arrive(build, "default", List.of("g:a", "g:b"), "g:b", false, null)).isEqualTo(new Arrival.AllSkipped());
  }

  @Test
  void theModulesThatDidNotRegisterAreMissingUntilTheReviewRuns() {
    assertThat(reactor.missing(build, "default")).isEmpty();

    reactor.arrive(build, "default", MODULES, "g:core", false, request("g:core", Severity.MAJOR));
    reactor.arrive(build, "default", MODULES, "g:root", true, null);
    assertThat(reactor.missing(build, "default")).containsExactly("g:app");

    reactor.arrive(build, "default", MODULES, "g:app", false, request("g:app", Severity.MAJOR));
    assertThat(reactor.missing(build, "default")).isEmpty();
  }

  @Test
  void eachExecutionOfTheGoalHasItsOwnReviewWithItsOwnSettings() {
    // Two executions bound in the POM, e.g. one gating on blocker, one writing a SARIF for code scanning.
    List<String> modules = List.of("g:a", "g:b");
    assertThat(reactor.arrive(build, "gate", modules, "g:a", true, request("g:a", Severity.BLOCKER))).isEqualTo(new Arrival.Waiting(1, 2));
    assertThat(reactor.arrive(build, "sarif", modules, "g:a", true, request("g:a", Severity.INFO))).isEqualTo(new Arrival.Waiting(1, 2));
    assertThat(reactor.missing(build, "gate")).containsExactly("g:b");

    Arrival gate = reactor.arrive(build, "gate", modules, "g:b", false, request("g:b", Severity.BLOCKER));
    Arrival sarif = reactor.arrive(build, "sarif", modules, "g:b", false, request("g:b", Severity.INFO));

    assertThat(gate).isInstanceOfSatisfying(Arrival.Complete.class, c -> assertThat(c.request().failOn()).isEqualTo(Severity.BLOCKER));
    assertThat(sarif).isInstanceOfSatisfying(Arrival.Complete.class, c -> assertThat(c.request().failOn()).isEqualTo(Severity.INFO));
    assertThat(reactor.arrive(build, "gate", modules, "g:b", false, request("g:b", Severity.BLOCKER)))
        .as("the same execution again (the goal named twice)")
        .isEqualTo(new Arrival.AlreadyReviewed());
  }

  @Test
  void eachBuildHasItsOwnRound() {
    Object otherBuild = new Object();

    assertThat(reactor.arrive(build, "default", List.of("g:a"), "g:a", true, request("g:a", Severity.MAJOR))).isInstanceOf(Arrival.Complete.class);
    assertThat(reactor.arrive(otherBuild, "default", List.of("g:a"), "g:a", true, request("g:a", Severity.MAJOR))).isInstanceOf(Arrival.Complete.class);
  }

  @Test
  void aModuleMissingFromTheExpectedListStillTakesPart() {
    reactor.arrive(build, "default", List.of("g:a"), "g:extra", false, request("g:extra", Severity.MAJOR));
    Arrival last = reactor.arrive(build, "default", List.of("g:a"), "g:a", true, request("g:a", Severity.MAJOR));

    assertThat(((Arrival.Complete) last).request().modules()).extracting(ModuleSources::id).containsExactly("g:a", "g:extra");
  }

  @Test
  void parallelModulesGetExactlyOneReview() throws Exception {
    List<String> modules = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      modules.add("g:m" + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 50; round++) {
        Object thisBuild = new Object();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Arrival>> arrivals = new ArrayList<>();
        for (String module : modules) {
          Callable<Arrival> arrive = () -> {
            start.await();
            return reactor.arrive(thisBuild, "default", modules, module, false, request(module, Severity.MAJOR));
          };
          arrivals.add(pool.submit(arrive));
        }
        start.countDown();
        List<Arrival.Complete> complete = new ArrayList<>();
        for (Future<Arrival> arrival : arrivals) {
          if (arrival.get() instanceof Arrival.Complete c) {
            complete.add(c);
          }
        }
        assertThat(complete).singleElement().satisfies(c -> assertThat(c.request().modules()).hasSize(16));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
