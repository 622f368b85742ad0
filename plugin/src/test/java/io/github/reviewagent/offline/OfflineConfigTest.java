package io.github.reviewagent.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.review.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineConfigTest {

  @Test
  void defaultsAreTheThresholdsUsersKnow() {
    OfflineConfig config = OfflineConfig.defaults();

    assertThat(config.of(OfflineRule.COGNITIVE)).isEqualTo(new RuleSettings(true, 15, Severity.CRITICAL));
    assertThat(config.of(OfflineRule.CYCLOMATIC)).isEqualTo(new RuleSettings(true, 10, Severity.MAJOR));
    assertThat(config.of(OfflineRule.NPATH)).isEqualTo(new RuleSettings(true, 200, Severity.MAJOR));
    assertThat(config.of(OfflineRule.PARAMETERS)).isEqualTo(new RuleSettings(true, 7, Severity.MAJOR));
    assertThat(config.of(OfflineRule.NCSS)).isEqualTo(new RuleSettings(true, 60, Severity.MAJOR));
    assertThat(config.of(OfflineRule.NESTING)).isEqualTo(new RuleSettings(true, 4, Severity.MAJOR));
  }

  @Test
  void entriesChangeThresholdSeverityOrBothAndCanTurnRulesOff() {
    OfflineConfig config =
        OfflineConfig.parse(
            Map.of(
                "complexity.cognitive", "20",
                "complexity.npath", "Blocker",
                "size.ncss", " 80, minor ",
                "complexity.nesting", "off"),
            "rules");

    assertThat(config.of(OfflineRule.COGNITIVE)).isEqualTo(new RuleSettings(true, 20, Severity.CRITICAL));
    assertThat(config.of(OfflineRule.NPATH)).isEqualTo(new RuleSettings(true, 200, Severity.BLOCKER));
    assertThat(config.of(OfflineRule.NCSS)).isEqualTo(new RuleSettings(true, 80, Severity.MINOR));
    assertThat(config.of(OfflineRule.NESTING).enabled()).isFalse();
    assertThat(config.of(OfflineRule.CYCLOMATIC)).isEqualTo(RuleSettings.defaults(OfflineRule.CYCLOMATIC));
  }

  @Test
  void unknownRuleIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("complexity.cognitiv", "20"), "rules"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules names the unknown rule 'complexity.cognitiv'")
        .hasMessageContaining("complexity.cognitive, complexity.cyclomatic");
  }

  @Test
  void badValueNamesTheRuleAndWhatIsAccepted() {
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("size.parameters", "seven"), "rules"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules/size.parameters has the value 'seven'")
        .hasMessageContaining("a threshold (a whole number)");
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("size.parameters", " "), "rules"))
        .hasMessageContaining("rules/size.parameters is empty");
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("size.parameters", "-3"), "rules"))
        .hasMessageContaining("rules/size.parameters has the value '-3'");
  }

  @Test
  void separatorsBeforeOrAfterTheWordsAreIgnored() {
    OfflineConfig config =
        OfflineConfig.parse(Map.of("complexity.cognitive", ",20 major,", "size.ncss", ", off"), "rules");

    assertThat(config.of(OfflineRule.COGNITIVE)).isEqualTo(new RuleSettings(true, 20, Severity.MAJOR));
    assertThat(config.of(OfflineRule.NCSS).enabled()).isFalse();
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("size.parameters", " , "), "rules"))
        .hasMessageContaining("rules/size.parameters is empty");
  }

  /** '20 30' or 'major minor' is a slip: taking the last word silently would hide which one was meant. */
  @Test
  void twoThresholdsTwoSeveritiesOrOnAndOffAreRefused() {
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("complexity.cognitive", "20 30"), "rules"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules/complexity.cognitive has the value '20 30'")
        .hasMessageContaining("more than one threshold");
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("complexity.cognitive", "major, minor"), "rules"))
        .hasMessageContaining("more than one severity");
    assertThatThrownBy(() -> OfflineConfig.parse(Map.of("complexity.cognitive", "off on"), "rules"))
        .hasMessageContaining("both 'on' and 'off'");
  }
}
