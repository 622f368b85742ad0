package io.github.reviewagent.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The wire shape of {@code review.sarif}: the subset of SARIF 2.1.0 this tool writes, named as in the
 * OASIS schema. Null components are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Run(
      Tool tool,
      List<Invocation> invocations,
      AutomationDetails automationDetails,
      Map<String, ArtifactLocation> originalUriBaseIds,
      String columnKind,
      List<Result> results,
      Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Driver(String name, String version, String informationUri, List<ReportingDescriptor> rules) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReportingDescriptor(
      String id,
      String name,
      Message shortDescription,
      Message fullDescription,
      MultiformatMessage help,
      Configuration defaultConfiguration,
      Map<String, Object> properties) {}

  record Configuration(String level) {}

  record Message(String text) {}

  record MultiformatMessage(String text, String markdown) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Notification(String level, Message message, List<Location> locations) {}

  record AutomationDetails(String id) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ArtifactLocation(String uri, String uriBaseId, Message description) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      Map<String, String> partialFingerprints,
      List<Suppression> suppressions,
      Map<String, Object> properties) {}

  record Location(PhysicalLocation physicalLocation) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn) {}

  record Suppression(String kind) {}
}
