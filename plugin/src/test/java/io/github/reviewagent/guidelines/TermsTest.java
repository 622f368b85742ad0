package io.github.reviewagent.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void splitsCamelCaseAndKeepsTheJoinedIdentifier() {
    assertThat(Terms.of("parseHttpRequest")).containsExactly("parse", "http", "request", "parsehttprequest");
    assertThat(Terms.of("HTTPServer")).containsExactly("http", "server", "httpserver");
  }

  @Test
  void snakeCaseAndCamelCaseOfTheSameNameShareTheirTerms() {
    assertThat(Terms.of("MAX_RETRY_COUNT")).containsExactly("max", "retry", "count", "maxretrycount");
    assertThat(Terms.of("maxRetryCount")).containsExactlyElementsOf(Terms.of("MAX_RETRY_COUNT"));
  }

  @Test
  void lowercasesAndDropsStopWordsAndPunctuation() {
    assertThat(Terms.of("The Logger, and THE logger!")).containsExactly("logger", "logger");
    assertThat(Terms.of("the and of, to ... ?")).isEmpty();
  }

  @Test
  void makesInflectionsOfAWordOneTerm() {
    assertThat(Terms.of("logging logged logs log")).containsOnly("log");
    assertThat(Terms.of("tests testing tested")).containsOnly("test");
    assertThat(Terms.of("policies classes")).containsExactly("policy", "class");
    assertThat(Terms.of("calling passes status")).containsExactly("call", "pass", "status");
  }

  @Test
  void chineseAndJapaneseTextWrittenWithoutSpacesGivesBigramsSoAWordInsideASentenceIsFound() {
    assertThat(Terms.of("不要记录密码")).containsExactly("不要", "要记", "记录", "录密", "密码");
    assertThat(Terms.of("密码")).containsExactly("密码");
    assertThat(Terms.of("錯")).containsExactly("錯");
    assertThat(Terms.of("ログを記録する")).contains("ログ", "記録");
    // Latin words next to CJK text stay words.
    assertThat(Terms.of("使用SLF4J记录")).containsExactly("使用", "slf4j", "记录");
  }

  @Test
  void aWordWithCombiningMarksStaysOneWord() {
    // Hindi vowel signs and viramas are marks, not letters.
    assertThat(Terms.of("लॉगिंग में पासवर्ड")).containsExactly("लॉगिंग", "में", "पासवर्ड");
    assertThat(Terms.of("cafe\u0301 naïve")).containsExactly("cafe\u0301", "naïve");
  }
}
