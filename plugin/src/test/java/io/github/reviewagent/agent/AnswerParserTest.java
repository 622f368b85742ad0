package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnswerParserTest {

  private static final String ONE =
      "{\"severity\":\"major\",\"category\":\"bug\",\"file\":\"src/A.java\",\"startLine\":12,\"endLine\":14,"
          + "\"message\":\"Off by one.\",\"suggestion\":null,\"code\":\"for (int i = 0; i <= n; i++) {\"}";

  @Test
  void readsTheStrictForm() throws Exception {
    AnswerParser.Answer answer = AnswerParser.parse("{\"findings\": [" + ONE + "]}");

    assertThat(answer.malformed()).isZero();
    assertThat(answer.findings())
        .containsExactly(new ProposedFinding("major", "bug", "src/A.java", 12, 14, "Off by one.", null, "for (int i = 0; i <= n; i++) {"));
  }

  @Test
  void readsJsonInsideACodeFenceAfterProse() throws Exception {
    String text = "Here is my review of the change:\n\n```json\n{\"findings\": [" + ONE + "]}\n```\nLet me know if you need more.";
    assertThat(AnswerParser.parse(text).findings()).hasSize(1);
  }

  @Test
  void readsJsonAfterLeadingProseWithoutFence() throws Exception {
    assertThat(AnswerParser.parse("Findings follow. {\"findings\": [" + ONE + "]} That is all.").findings()).hasSize(1);
  }

  @Test
  void toleratesTrailingCommasCommentsAndSingleQuotes() throws Exception {
    String text = "{'findings': [ // one finding\n {'severity': 'minor', 'file': 'A.java', 'startLine': 3, 'message': 'Leak.',},\n],}";
    AnswerParser.Answer answer = AnswerParser.parse(text);
    assertThat(answer.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Leak.");
      assertThat(f.endLine()).isZero();
    });
  }

  @Test
  void acceptsABareArrayAndASingleFindingObject() throws Exception {
    assertThat(AnswerParser.parse("[" + ONE + "," + ONE + "]").findings()).hasSize(2);
    assertThat(AnswerParser.parse(ONE).findings()).hasSize(1);
    assertThat(AnswerParser.parse("{\"findings\": " + ONE + "}").findings()).hasSize(1);
  }

  @Test
  void acceptsOtherFieldSpellingsAndNumbersAsStrings() throws Exception {
    String text =
        "{\"issues\": [{\"level\": \"High\", \"type\": \"Thread Safety\", \"path\": \"A.java\", \"lines\": \"7-9\","
            + " \"description\": \"Race.\", \"fix\": \"Lock it.\", \"snippet\": \"count++;\"}]}";
    assertThat(AnswerParser.parse(text).findings())
        .containsExactly(new ProposedFinding("High", "Thread Safety", "A.java", 7, 9, "Race.", "Lock it.", "count++;"));
    assertThat(AnswerParser.parse("[{\"message\":\"m\",\"line\":\"42\"}]").findings().get(0).startLine()).isEqualTo(42);
  }

  @Test
  void entriesWithoutAMessageAreCountedAsMalformed() throws Exception {
    AnswerParser.Answer answer = AnswerParser.parse("{\"findings\": [" + ONE + ", 3, {\"severity\": \"major\"}]}");
    assertThat(answer.findings()).hasSize(1);
    assertThat(answer.malformed()).isEqualTo(2);
  }

  @Test
  void anEmptyListIsAValidAnswer() throws Exception {
    assertThat(AnswerParser.parse("{\"findings\": []}").findings()).isEmpty();
  }

  @Test
  void garbageIsUnreadableWithAPreciseReason() {
    assertThatThrownBy(() -> AnswerParser.parse("")).hasMessage("the answer is empty");
    assertThatThrownBy(() -> AnswerParser.parse("I found no problems.")).hasMessage("the answer contains no JSON object");
    assertThatThrownBy(() -> AnswerParser.parse("{\"verdict\": \"fine\"}")).hasMessage("the JSON has no \"findings\" array");
    assertThatThrownBy(() -> AnswerParser.parse("{\"findings\": [{\"message\": \"cut off"))
        .isInstanceOf(AnswerParser.Unreadable.class)
        .hasMessageStartingWith("invalid JSON: ")
        .hasMessageContaining("line 1");
  }
  @Test
  void anAnswerCutOffAfterItsFirstFindingIsUnreadableNotThatFindingAlone() {
    // The findings inside an unfinished list are no answer on their own: taking the first one would drop the rest.
    String cut = "{\"findings\": [" + ONE + ", {\"severity\": \"minor\", \"file\": \"src/A.java\", \"message\": \"Leak";
    assertThatThrownBy(() -> AnswerParser.parse(cut))
        .isInstanceOf(AnswerParser.Unreadable.class)
        .hasMessageStartingWith("invalid JSON: ");
    assertThatThrownBy(() -> AnswerParser.parse("```json\n" + cut + "\n```"))
        .isInstanceOf(AnswerParser.Unreadable.class);
    assertThatThrownBy(() -> AnswerParser.parse("The loop reads args[0] past the end. " + cut))
        .isInstanceOf(AnswerParser.Unreadable.class);
  }
  @Test
  void bracketsInTheProseBeforeTheJsonAreNotTakenForTheAnswer() throws Exception {
    assertThat(AnswerParser.parse("The loop reads args[0] and data[] past the end.\n{\"findings\": [" + ONE + "]}").findings())
        .hasSize(1);
    String manyBrackets = "a[0], b[1], c[2], d[3], e[4], f[5] are read past their ends: ";
    assertThat(AnswerParser.parse(manyBrackets + "{\"findings\": [" + ONE + "]}").findings()).hasSize(1);
    assertThat(AnswerParser.parse("Nothing to report [].").findings()).isEmpty();
  }

  @Test
  void theReasoningOfAThinkingModelIsSkipped() throws Exception {
    // Reasoning models served without a reasoning parser (vLLM, LiteLLM, some Ollama models) put it in the content.
    String thinking = "<think>\nThe method is fine? Draft: {\"findings\": []}. No: i <= s.length() overruns.\n</think>\n\n";
    assertThat(AnswerParser.parse(thinking + "{\"findings\": [" + ONE + "]}").findings()).hasSize(1);
    // with the opening tag in the prompt template, only the closing one is in the answer
    assertThat(AnswerParser.parse(thinking.substring("<think>".length()) + "{\"findings\": [" + ONE + "]}").findings())
        .hasSize(1);
    // an answer about code that handles such tags is no reasoning
    String aboutTags = "{\"findings\": [{\"message\": \"The text after </think> is dropped.\"}, " + ONE + "]}";
    assertThat(AnswerParser.parse(aboutTags).findings()).hasSize(2);
    assertThat(AnswerParser.parse("```json\n" + aboutTags + "\n```").findings()).hasSize(2);
  }
}
