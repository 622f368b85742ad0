package io.github.reviewagent.agent;

import io.github.reviewagent.agent.tools.AgentTool;
import io.github.reviewagent.provider.ModelProvider;
import io.github.reviewagent.review.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What the model reviews, and with what.
 *
 * @param files           the files under review, in the order results should follow; only included files
 * @param offlineFindings the offline reviewer's findings; model findings that repeat one of them are merged
 *                        into it (dropped from the model's list), never the other way round
 * @param provider        the wire to the model; the caller opens and closes it
 * @param tools           the tools the model may call, e.g. {@link ModelReviewer#standardTools}
 * @param settings        limits and options
 */
public record ModelReviewRequest(
    List<FileUnderReview> files,
    List<Finding> offlineFindings,
    ModelProvider provider,
    List<AgentTool> tools,
    ModelReviewSettings settings) {

  public ModelReviewRequest {
    files = List.copyOf(files);
    offlineFindings = List.copyOf(offlineFindings);
    tools = List.copyOf(tools);
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(settings, "settings");
  }
}
