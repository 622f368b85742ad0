package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenExecutionRequest;
import org.junit.jupiter.api.Test;

class HeldBackReviewTest {

  @Test
  void theActionRunsWhenTheSessionEndsBeforeTheListenerThatWasThereWhichStillGetsEveryEvent() {
    List<String> calls = new ArrayList<>();
    MavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setExecutionListener(new AbstractExecutionListener() {
      @Override
      public void projectStarted(ExecutionEvent event) {
        calls.add("projectStarted");
      }

      @Override
      public void sessionEnded(ExecutionEvent event) {
        calls.add("sessionEnded");
      }
    });

    HeldBackReview.whenSessionEnds(request, () -> calls.add("action"));
    request.getExecutionListener().projectStarted(null);
    request.getExecutionListener().sessionEnded(null);

    assertThat(calls).containsExactly("projectStarted", "action", "sessionEnded");
  }

  @Test
  void aRequestWithoutAListenerGetsTheActionAlone() {
    List<String> calls = new ArrayList<>();
    MavenExecutionRequest request = new DefaultMavenExecutionRequest();

    HeldBackReview.whenSessionEnds(request, () -> calls.add("action"));
    request.getExecutionListener().mojoStarted(null);
    request.getExecutionListener().sessionEnded(null);

    assertThat(calls).containsExactly("action");
  }

  @Test
  void theWarningNamesTheModulesThatDidNotReachTheGoalAndWhichFailed() {
    assertThat(HeldBackReview.message(List.of("g:core", "g:app"), Set.of("g:core")))
        .isEqualTo("No review of the reactor in this build: g:core (failed), g:app did not reach the review goal, and"
            + " the review runs only once every module has. Fix the build and run it again");
  }
}
