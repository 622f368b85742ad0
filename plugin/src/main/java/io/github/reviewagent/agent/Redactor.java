package io.github.reviewagent.agent;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text that is about to leave the machine (code sent to the model, tool outputs) with a
 * placeholder such as {@code <redacted:github-token>}. Line breaks are kept, so line numbers still match the
 * file on disk. Patterns follow the published formats of each kind of token; passwords and secrets are
 * recognised by the name they are assigned to.
 */
final class Redactor {

  /**
   * @param hints lower-case text one of which every match contains: a pattern runs only on text holding a hint,
   *              which keeps redaction cheap on ordinary code
   */
  private record Secret(String kind, List<String> hints, Pattern pattern, int group) {}

  private static final List<String> SECRET_NAMES =
      List.of("pass", "pwd", "secret", "token", "key", "credential");

  private static final List<Secret> SECRETS =
      List.of(
          new Secret(
              "private-key",
              List.of("private key"),
              Pattern.compile("-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----", Pattern.DOTALL),
              0),
          new Secret(
              "aws-access-key",
              List.of("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "apka"),
              Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\\b"),
              0),
          new Secret(
              "aws-secret-key",
              List.of("secret"),
              Pattern.compile("(?i)aws_?secret_?access_?key[\"']?\\s*[=:,]\\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"),
              1),
          new Secret(
              "gcp-api-key",
              List.of("aiza"),
              Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{35}(?![0-9A-Za-z_\\-])"),
              0),
          new Secret(
              "gcp-client-secret",
              List.of("gocspx-"),
              Pattern.compile("\\bGOCSPX-[A-Za-z0-9_\\-]{28}(?![A-Za-z0-9_\\-])"),
              0),
          new Secret(
              "azure-key",
              List.of("accountkey=", "sharedaccesskey=", "sharedaccesssignature="),
              Pattern.compile("(?i)\\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)=([A-Za-z0-9+/=%]{20,})"),
              1),
          new Secret(
              "azure-sas",
              List.of("sig="),
              Pattern.compile("[?&]sig=([A-Za-z0-9%+/=]{30,})"),
              1),
          new Secret(
              "azure-client-secret",
              List.of("q~"),
              Pattern.compile("\\b[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.\\-]{31,34}(?![A-Za-z0-9_~.\\-])"),
              0),
          new Secret(
              "github-token",
              List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
              Pattern.compile("\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\\b"),
              0),
          new Secret(
              "github-token",
              List.of("github_pat_"),
              Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{22,255}\\b"),
              0),
          new Secret(
              "slack-token",
              List.of("xox"),
              Pattern.compile("\\bxox[abposr]-[A-Za-z0-9\\-]{10,}"),
              0),
          new Secret(
              "slack-webhook",
              List.of("hooks.slack.com"),
              Pattern.compile("https://hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9/_\\-]+"),
              0),
          new Secret(
              "openai-key",
              List.of("sk-"),
              Pattern.compile("\\bsk-(?=[A-Za-z0-9_\\-]*\\d)[A-Za-z0-9_\\-]{20,}"),
              0),
          new Secret(
              "jwt",
              List.of("eyj"),
              Pattern.compile("\\beyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}"),
              0),
          // A string literal assigned to (or passed with) a name that says it is secret: password = "...",
          // "password": "...", put("apiKey", "..."), setClientSecret("...").
          new Secret(
              "secret",
              SECRET_NAMES,
              Pattern.compile(
                  "(?i)(?:password|passwd|passphrase|pwd|secret|token|api_?key|access_?key|private_?key|credentials?)"
                      + "\\w*[\"']?\\s*(?:=|:|,|\\()\\s*\"(?!<redacted:)((?:[^\"\\\\\\n]|\\\\.){3,})\""),
              1),
          // The same in properties-style lines (key = value, no quotes, no trailing semicolon).
          new Secret(
              "secret",
              SECRET_NAMES,
              Pattern.compile(
                  "(?im)^\\s*[\\w.\\-]*(?:password|passwd|passphrase|secret|token|api_?key|access_?key)[\\w.\\-]*\\s*[=:]\\s*([^\\s;\"'(){}<]{6,})\\s*$"),
              1));

  private Redactor() {}

  /** The text with every secret replaced, and as many lines as before. */
  static String redact(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String result = text;
    for (Secret secret : SECRETS) {
      if (secret.hints().stream().anyMatch(lower::contains)) {
        result = replace(result, secret);
      }
    }
    return result;
  }

  private static String replace(String text, Secret secret) {
    Matcher matcher = secret.pattern().matcher(text);
    if (!matcher.find()) {
      return text;
    }
    String placeholder = "<redacted:" + secret.kind() + ">";
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      int start = matcher.start(secret.group());
      int end = matcher.end(secret.group());
      out.append(text, last, start);
      // One placeholder per line the secret spans, so that line numbers do not move.
      String[] pieces = text.substring(start, end).split("\n", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          out.append('\n');
        }
        if (!pieces[i].isBlank() || pieces.length == 1) {
          out.append(placeholder);
        }
      }
      last = end;
    } while (matcher.find());
    out.append(text, last, text.length());
    return out.toString();
  }
}
