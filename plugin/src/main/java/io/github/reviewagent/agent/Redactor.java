package io.github.reviewagent.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces secrets in text that is about to leave the machine (code sent to the model, tool outputs) with a
 * placeholder such as {@code <redacted:github-token>}. Line breaks are kept, so line numbers still match the
 * file on disk.
 *
 * <p>Tokens with a published format (GitHub, AWS, OpenAI, ...) and passwords in URLs
 * ({@code scheme://user:pw@host}) are found by their shape. Every other secret is found by the name it is
 * given: a value written next to a name that says it is secret ({@code password}, {@code passwd},
 * {@code pass}, {@code pwd}, {@code pw}, {@code secret}, {@code token}, {@code credentials}, {@code authorization}, and
 * keys qualified as secret: {@code apiKey}, {@code ACCESS_KEY}, {@code private-key}, ...) in the syntaxes code
 * and configuration use: {@code name = "v"}, {@code name: v} and {@code name=v} (properties, YAML, .env,
 * command lines, query strings), {@code "name": "v"}, {@code put("name", "v")}, {@code setName("v")},
 * {@code <name>v</name>}, {@code name="v"} and {@code key="name" value="v"}. The name is found wherever it
 * stands on a line, so a line-number gutter ({@code 12| name=v}) does not hide it, and quotes may be escaped by
 * any number of backslashes, so code inside JSON ({@code "String name = \"v\";"}) is covered too. Which
 * values count as secrets is told at {@link #isSecretValue}.
 */
final class Redactor {

  /**
   * @param hints  lower-case text one of which every match contains: a pattern runs only on text holding a hint,
   *               which keeps redaction cheap on ordinary code
   * @param accept whether the matched group is a secret and not, say, a placeholder
   */
  private record Secret(String kind, List<String> hints, Pattern pattern, int group, Predicate<String> accept) {

    Secret(String kind, List<String> hints, Pattern pattern, int group) {
      this(kind, hints, pattern, group, value -> true);
    }
  }

  private static final List<Secret> SECRETS =
      List.of(
          new Secret(
              "private-key",
              List.of("-----begin"),
              Pattern.compile(pemLine("BEGIN") + ".*?" + pemLine("END"), Pattern.DOTALL),
              0),
          // A private key in base64 DER without PEM lines, as code hands it to PKCS8EncodedKeySpec: its first
          // bytes are a SEQUENCE and the version 0 (PKCS#1 RSA, PKCS#8) or 1 (SEC1 EC). Public keys and
          // certificates start otherwise (MIIBIjAN..., MIIDdzCC...). Only the run of base64 on this line goes.
          new Secret(
              "private-key",
              List.of("mii", "mhccaqee", "migh", "mc4caqaw"),
              Pattern.compile("\\b(?:MII[A-Za-z0-9+/]{3}IBA[AD]|MHcCAQEE|MIGHAgEA|MC4CAQAw)[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=])"),
              0),
          new Secret(
              "aws-access-key",
              List.of("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "apka"),
              Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\\b"),
              0),
          // A secret access key has no shape of its own (40 characters of base64), but next to its key id, as in
          // new BasicAWSCredentials("AKIA...", "..."), it is one; hex digests have no upper case and are kept.
          new Secret(
              "aws-secret-key",
              List.of("akia", "asia"),
              Pattern.compile("(?:<redacted:aws-access-key>|\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b)[^;]{0,200}?(?<![A-Za-z0-9/+=])"
                  + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"),
              1,
              value -> value.chars().anyMatch(Character::isUpperCase) && value.chars().anyMatch(Character::isLowerCase)),
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
          // Personal, deploy, runner, pipeline trigger, CI job, feed and service account tokens; the newer
          // routable ones end in .<version>.<checksum>.
          new Secret(
              "gitlab-token",
              List.of("glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glft-", "glsoat-"),
              Pattern.compile("\\bgl(?:pat|dt|rt|ptt|cbt|ft|soat)-[A-Za-z0-9_\\-]{20,}(?:\\.[A-Za-z0-9_\\-]+)*"),
              0),
          new Secret(
              "slack-token",
              List.of("xox", "xapp-"),
              Pattern.compile("\\b(?:xox[abposre]|xapp)-[A-Za-z0-9\\-]{10,}"),
              0),
          new Secret(
              "slack-webhook",
              List.of("hooks.slack.com"),
              Pattern.compile("https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_\\-]+"),
              0),
          // Secret and restricted keys (live and test mode), and webhook signing secrets; pk_ keys are public.
          new Secret(
              "stripe-key",
              List.of("sk_live_", "sk_test_", "rk_live_", "rk_test_", "whsec_"),
              Pattern.compile("\\b(?:[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9+/=]{24,})\\b"),
              0),
          // Before openai-key, whose shape (sk-...) it shares: the kind names the key the model is told about.
          new Secret(
              "anthropic-key",
              List.of("sk-ant-"),
              Pattern.compile("\\bsk-ant-[A-Za-z0-9_\\-]{20,}"),
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
          // The credential of an Authorization header, whatever holds the header's name: a constant
          // (HttpHeaders.AUTHORIZATION, "Bearer ...") or nothing at all. The scheme must be capitalised as in a
          // header, and the credential must look like one (see isSecretValue), which keeps prose ("Basic usage").
          // Two patterns that start with their scheme, not one with \b(?:Bearer|Basic): a pattern that starts with
          // a literal is searched for quickly, and "basic " is common enough in comments for that to matter.
          new Secret(
              "secret",
              List.of("bearer "),
              Pattern.compile("Bearer[ \\t]+([A-Za-z0-9._~+/\\-]{12,}=*)(?![A-Za-z0-9._~+/=\\-])"),
              1,
              Redactor::isSecretValue),
          new Secret(
              "secret",
              List.of("basic "),
              Pattern.compile("Basic[ \\t]+([A-Za-z0-9._~+/\\-]{12,}=*)(?![A-Za-z0-9._~+/=\\-])"),
              1,
              Redactor::isSecretValue),
          // A password passed without a name, where the API says what it is: a char[] argument made from a literal
          // (keyStore.load(in, "...".toCharArray()), kmf.init(ks, "...".toCharArray())), and the second of two
          // literals given to getConnection or to a password or credentials type (new
          // UsernamePasswordAuthenticationToken("admin", "...")). A char[] table such as
          // HEX = "0123456789abcdef".toCharArray() is assigned, not passed after a comma, and is kept.
          new Secret(
              "secret",
              List.of("\".tochararray()"),
              Pattern.compile(",[ \\t]*\"((?:[^\"\\\\\\r\\n]|\\\\.){1,200})\"\\.toCharArray\\(\\)"),
              1,
              Redactor::isSecretValue),
          new Secret(
              "secret",
              List.of("getconnection(", "password", "credentials", "basicauth"),
              Pattern.compile("(?:getConnection|(?:Password|Credentials|BasicAuth)\\w*)\\((?:[^;()\"]*,)?[ \\t]*"
                  + "\"[^\"\\r\\n]*\"[ \\t]*,[ \\t]*\"((?:[^\"\\\\\\r\\n]|\\\\.){1,200})\"[ \\t]*[),]"),
              1,
              Redactor::isSecretValue),
          // The password in a URL's user info (jdbc:postgresql://user:pw@host/db); / ? # end it, as in a URL.
          new Secret(
              "url-password",
              List.of("://"),
              Pattern.compile("://[^/?#\\s:@\"'<>\\\\]*:([^/?#\\s@\"'<>\\\\]+)@"),
              1,
              // A URL holds a password only on purpose, so even a word (user:pass@host) is taken for one.
              value -> !isPlaceholderLike(value)));

  /**
   * The BEGIN or END line of a private key in PEM, also when code splits it into concatenated string literals
   * ("-----BEGIN " + "PRIVATE KEY-----", with escaped quotes inside JSON too).
   */
  private static String pemLine(String boundary) {
    String join = "(?:\\\\*[\"']\\s*\\+\\s*\\\\*[\"'])";
    String space = "(?: |" + join + ")+";
    return "-----" + boundary + "(?:[A-Z0-9 ]|" + join + ")*?PRIVATE" + space + "KEY(?:" + space + "BLOCK)?(?:" + join + "?-){5}";
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /** Shorter values given a secret name are kept: placeholders and test values ("admin", "test1"), or too weak to matter. */
  private static final int MIN_LENGTH = 6;

  /**
   * Lower-case text in every secret name. Names are looked at only where one of these occurs, which keeps the
   * detection by name cheap: a few {@code indexOf} scans, then a look at each name found.
   */
  private static final List<String> ANCHORS = List.of("pass", "pw", "secret", "token", "credential", "authorization", "key");

  /** Key alone names map keys everywhere; qualified, it names a secret. */
  private static final List<String> KEY_QUALIFIERS =
      List.of("api", "access", "private", "secret", "signing", "encryption", "master", "auth", "subscription", "consumer",
          "client", "app");

  /** The words that make a name secret, lower case, longest first so that secretKey is one word, not secret then Key. */
  private static final List<String> SECRET_WORDS =
      Stream.concat(
              Stream.of("password", "passwd", "passphrase", "pass", "keypass", "storepass", "pwd", "pw", "secret", "token",
                  "credentials", "credential", "authorization"),
              KEY_QUALIFIERS.stream().flatMap(q -> Stream.of("", "_", "-", ".").map(sep -> q + sep + "key")))
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /** Words too short to be trusted inside a longer word (compass, ...): they must start a word of the name. */
  private static final Set<String> SHORT_WORDS = Set.of("pass", "pwd", "pw");

  private static final String FIRST_LETTERS =
      SECRET_WORDS.stream().map(w -> w.substring(0, 1)).distinct().reduce("", String::concat);

  /**
   * Words that, after the last secret word of a name, make it describe a secret rather than hold one:
   * TOKEN_HEADER, passwordField, token.validity-seconds, PASSWORD_PATTERN, tokenUrl, PASSWORD_KEY,
   * SECRET_KEY_SPEC (a cipher transformation such as "AES/ECB/PKCS5Padding", which the review must see).
   */
  private static final Set<String> LABELS =
      Set.of("header", "headers", "field", "param", "params", "parameter", "name", "label", "key", "keys", "property",
          "prop", "props", "attribute", "attr", "type", "kind", "pattern", "regex", "regexp", "format", "prefix", "suffix",
          "separator", "url", "uri", "endpoint", "path", "file", "dir", "directory", "location", "env", "variable", "var",
          "column", "length", "len", "size", "min", "max", "limit", "count", "number", "expiry", "expiration", "expires",
          "expire", "ttl", "validity", "lifetime", "timeout", "interval", "duration", "period", "delay", "seconds", "secs",
          "millis", "ms", "minutes", "hours", "days", "hash", "hashed", "encoder", "algorithm", "message", "msg", "error",
          "text", "prompt", "hint", "title", "description", "placeholder", "policy", "rule", "rules", "strength",
          "enabled", "required", "visible", "hidden", "mask", "masked", "mode", "strategy", "provider", "id", "class",
          "version", "index", "source", "store", "cache", "service", "manager", "validator", "generator", "factory",
          "parser", "builder", "request", "response", "input", "button", "link", "route", "query", "table", "filter",
          "handler", "listener", "issuer", "audience", "scope", "scopes", "spec", "transformation", "cipher", "charset",
          "encoding");

  /** First words of a method that takes the name of a secret, not a secret: getSecret("db"), findToken("x"). */
  private static final Set<String> LOOKUPS =
      Set.of("get", "is", "has", "find", "lookup", "load", "read", "fetch", "resolve", "remove", "delete", "contains",
          "count", "split");

  /** Methods that compare a secret with their argument: password.equals("..."). */
  private static final Set<String> EQUALITY = Set.of("equals", "equalsIgnoreCase", "contentEquals");

  /** A type annotation between a name and its value: password: String = "...", token: str = "...". */
  private static final String TYPE = "[ \\t]*[A-Za-z_][\\w.]*(?:<[\\w.?, ]*>)?\\??[ \\t]*";

  /** A character of a bare value; braces only in pairs, so that ${NAME:default} ends where it should. */
  private static final String BARE = "[^\\s\"'`;,&<>()\\[\\]{}\\\\]";

  /**
   * What follows a secret name, matched where the name ends: the closing quote of a quoted name, then either a
   * separator (=, :, =>, :=, a type annotation and =, the comma of put("name", v), the parenthesis of
   * setName(v), or value= after key="name") and a value (a string whose quotes may be escaped by any number of
   * backslashes, or a bare word after an optional authorization scheme), or the end of an XML start tag and the element's text. Nothing in
   * it crosses a line break, except where a formatter wraps code: a string may start on the line after the
   * separator, and a text block's one line of content stands on lines of its own. A string is looked at up to
   * 4096 characters, so that a long line with an unclosed quote costs little.
   */
  private static final Pattern AFTER_NAME =
      Pattern.compile(
          "(?<close>\\\\*[\"'])?[ \\t]*(?:"
              + "(?:(?<connector>value)[ \\t]*)?(?<sep>=>|:=|=(?!=)|:(?!:)(?:" + TYPE + "=(?!=))?|,|\\()[ \\t]*"
              + "(?:\\R[ \\t]*(?=\\\\*[\"']))?(?:"
              + "\"\"\"[ \\t]*\\R[ \\t]*(?<block>[^\"\\r\\n]*?)[ \\t]*(?:\\R[ \\t]*)?\"\"\""
              + "|(?<quote>\\\\*[\"'])(?<quoted>(?:[^\\\\\\r\\n]|\\\\.){0,4096}?)\\k<quote>"
              + "|(?:(?i:bearer|basic|token|digest)[ \\t]+)?(?<bare>(?:" + BARE + "|\\{" + BARE + "*\\})++)(?=[\\s\"'`;,&<}\\\\]|\\z))"
              + "|(?<tag>(?:[ \\t][^<>\\r\\n]*)?>)[ \\t]*(?<text>[^<\\s]*)[ \\t]*<\\\\?/)");

  /** An authorization scheme in front of a quoted credential: "Bearer abc...". */
  private static final Pattern SCHEME = Pattern.compile("(?i:bearer|basic|token|digest)[ \\t]+");

  private static final Pattern WORD_LIKE = Pattern.compile("[_$]*\\p{IsAlphabetic}+(?:[ _.\\-$]+\\p{IsAlphabetic}+)*[_$]*");
  private static final Pattern TEMPLATE =
      Pattern.compile("(?s).*(?:\\$\\{|#\\{|\\{\\{|%\\().*|\\$[A-Za-z_{(].*|%\\w+%|@[\\w.\\-]+@|<.*>");
  private static final Pattern PATH_OR_URL =
      Pattern.compile("(?s)(?:[A-Za-z][A-Za-z0-9+.\\-]*://|classpath:|file:).*|(?:~|\\.{1,2})?/[\\w.\\-/]*");
  private static final List<String> PLACEHOLDERS =
      List.of("changeme", "changeit", "replaceme", "placeholder", "example", "sample", "dummy", "fake", "redacted", "xxxx");

  private Redactor() {}

  /** The text with every secret replaced, and as many lines as before. */
  static String redact(String text) {
    String lower = asciiLowerCase(text);
    String result = text;
    for (Secret secret : SECRETS) {
      if (secret.hints().stream().anyMatch(lower::contains)) {
        result = replace(result, secret);
      }
    }
    return redactByName(result, result.equals(text) ? lower : asciiLowerCase(result));
  }

  /**
   * Whether a value given a secret name is a secret. It is not when it is
   * <ul>
   *   <li>shorter than {@link #MIN_LENGTH};
   *   <li>word-like: letters only (of any alphabet: a translated label is no secret), in words joined by space, _, ., - or $ ("Authorization", "client_credentials",
   *       "X-Auth-Token", "_pushbackToken", "changeme"), each word all upper case or at most 40% upper case. Such
   *       values are names, labels, identifiers or prose far more often than secrets, and generated secrets carry
   *       digits or symbols. The price: a letters-only password such as "mysecretpassword" stays visible;
   *   <li>one character repeated ("********", "xxxxxxxx");
   *   <li>a template or reference: ${DB_PASSWORD}, #{...}, {{ ... }}, %(pw)s, $DB_PASSWORD, %PASSWORD%,
   *       &#64;db.password&#64;, &lt;your-token&gt;;
   *   <li>a placeholder: starting with "your" or containing changeme, changeit, replaceme, placeholder, example,
   *       sample, dummy, fake, redacted or xxxx (ignoring case and punctuation);
   *   <li>a URL or a file path (/run/secrets/db, ./key.pem, classpath:jwt.pem): a URL's own password is found
   *       by its shape;
   *   <li>already redacted.
   * </ul>
   */
  private static boolean isSecretValue(String value) {
    return value.length() >= MIN_LENGTH
        && !value.contains("<redacted:")
        && !isWordLike(value)
        && !PATH_OR_URL.matcher(value).matches()
        && !isPlaceholderLike(value);
  }

  /** One character repeated, a template or reference, or a placeholder (see {@link #isSecretValue}). */
  private static boolean isPlaceholderLike(String value) {
    return value.chars().distinct().count() <= 1 || TEMPLATE.matcher(value).matches() || isPlaceholder(value);
  }

  private static boolean isWordLike(String value) {
    if (!WORD_LIKE.matcher(value).matches()) {
      return false;
    }
    for (String word : value.split("[ _.\\-$]+")) {
      long upper = word.chars().filter(Character::isUpperCase).count();
      if (upper != word.length() && upper * 5 > word.length() * 2L) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlaceholder(String value) {
    String plain = asciiLowerCase(value).replaceAll("[^a-z0-9]", "");
    return plain.startsWith("your") || PLACEHOLDERS.stream().anyMatch(plain::contains);
  }

  /** Where a piece of the text starts and ends. */
  private record Span(int start, int end) {}

  /** Replaces the values given secret names; {@code lower} is {@code text} in ASCII lower case (same indices). */
  private static String redactByName(String text, String lower) {
    List<Span> values = new ArrayList<>();
    Matcher after = AFTER_NAME.matcher(text);
    int done = 0;
    for (int anchor : anchors(lower)) {
      if (anchor < done) {
        continue;
      }
      int start = anchor;
      while (start > 0 && isNameChar(text.charAt(start - 1))) {
        start--;
      }
      int end = anchor;
      while (end < text.length() && isNameChar(text.charAt(end))) {
        end++;
      }
      done = end;
      Span word = lastSecretWord(text, lower, start, end);
      if (word == null || words(text.substring(word.end(), end)).stream().anyMatch(LABELS::contains)) {
        continue;
      }
      after.region(end, text.length());
      if (after.lookingAt()) {
        Span value = value(text, after, start, word);
        if (value != null) {
          values.add(value);
          done = value.end();
        }
      }
    }
    if (values.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Span value : values) {
      out.append(text, last, value.start()).append("<redacted:secret>");
      last = value.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * Where the secret value is, given what follows the name (matched by {@link #AFTER_NAME}), or null when there
   * is none: the syntax does not fit the name (a comma after an unquoted name, a lookup method) or the value is
   * not a secret.
   */
  private static Span value(String text, Matcher after, int nameStart, Span word) {
    boolean closed = after.group("close") != null;
    char before = nameStart > 0 ? text.charAt(nameStart - 1) : '\n';
    boolean quotedName = closed && isQuote(before);
    boolean textBlock = after.group("block") != null;
    boolean quotedValue = textBlock || after.group("quoted") != null;
    String group;
    if (after.group("tag") != null) {
      // <name>v</name>, key="name">v</entry>
      group = (!closed && before == '<') || quotedName ? "text" : null;
    } else {
      boolean fits =
          switch (after.group("sep")) {
            case "," -> quotedName && quotedValue;
            case "(" -> !closed && quotedValue && isSetter(text, nameStart, after.regionStart(), word);
            default -> after.group("connector") == null || quotedName;
          };
      group = !fits ? null : textBlock ? "block" : quotedValue ? "quoted" : "bare";
    }
    if (group == null) {
      return null;
    }
    int from = after.start(group);
    int to = after.end(group);
    if (quotedValue) {
      Matcher scheme = SCHEME.matcher(text).region(from, to);
      from = scheme.lookingAt() ? scheme.end() : from;
      if (from < to && isBetweenLiterals(text.charAt(from), text.charAt(to - 1))) {
        return null;
      }
    }
    return isSecretValue(text.substring(from, to)) ? new Span(from, to) : null;
  }

  /**
   * Whether a "quoted value" is really the code between two string literals, as in
   * {@code "password: " + pw + "..."}: it then starts or ends with a space, a + or a quote, which a secret
   * hardly ever does.
   */
  private static boolean isBetweenLiterals(char first, char last) {
    return Character.isWhitespace(first) || Character.isWhitespace(last) || first == '+' || last == '+'
        || isQuote(first) || isQuote(last);
  }

  /**
   * Whether the name text[nameStart, nameEnd) followed by ( is a method that takes a secret: setPassword, apiKey,
   * withToken, password.equals; not getSecret, nor encode in passwordEncoder.encode.
   */
  private static boolean isSetter(String text, int nameStart, int nameEnd, Span word) {
    int method = text.lastIndexOf('.', nameEnd - 1) + 1;
    if (method > word.start()) {
      return method == word.end() + 1 && EQUALITY.contains(text.substring(method, nameEnd));
    }
    List<String> leading = words(text.substring(Math.max(method, nameStart), word.start()));
    return leading.isEmpty() || !LOOKUPS.contains(leading.get(0));
  }

  /**
   * The last secret word in the name text[start, end), or null. A word counts only where it ends a word of the
   * name (dbPassword, DB_PASSWORD, db.password, dbpassword), not inside a longer one (passwordless,
   * splitAllTokens, TOKENS_PER_MINUTE); a short one must also start a word (DB_PASS, keyPwd, dbPw, not compass).
   */
  private static Span lastSecretWord(String text, String lower, int start, int end) {
    Span last = null;
    for (int i = start; i < end; i++) {
      if (FIRST_LETTERS.indexOf(lower.charAt(i)) < 0) {
        continue;
      }
      for (String word : SECRET_WORDS) {
        int wordEnd = i + word.length();
        if (wordEnd <= end && lower.startsWith(word, i) && endsWord(text, i, wordEnd, end)
            && (!SHORT_WORDS.contains(word) || startsWord(text, i, start))) {
          last = new Span(i, wordEnd);
          i = wordEnd - 1;
          break;
        }
      }
    }
    return last;
  }

  private static boolean startsWord(String text, int start, int nameStart) {
    return start == nameStart
        || !Character.isLetter(text.charAt(start - 1))
        || (Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start - 1)));
  }

  private static boolean endsWord(String text, int start, int end, int nameEnd) {
    if (end == nameEnd) {
      return true;
    }
    char next = text.charAt(end);
    boolean upperCase = text.substring(start, end).chars().noneMatch(Character::isLowerCase);
    return upperCase ? !Character.isLetter(next) : !Character.isLowerCase(next);
  }

  /** The words of a name in lower case, digits and punctuation dropped: db.passwordHash2 -> [db, password, hash]. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      boolean camel =
          start >= 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(name.charAt(i - 1))
                  || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
      if (start >= 0 && (camel || !Character.isLetter(c))) {
        words.add(asciiLowerCase(name.substring(start, i)));
        start = -1;
      }
      if (start < 0 && Character.isLetter(c)) {
        start = i;
      }
    }
    return words;
  }

  /** Every index where an anchor occurs, in order. */
  private static int[] anchors(String lower) {
    int[] found = new int[16];
    int count = 0;
    for (String anchor : ANCHORS) {
      for (int i = lower.indexOf(anchor); i >= 0; i = lower.indexOf(anchor, i + anchor.length())) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    int[] anchors = Arrays.copyOf(found, count);
    Arrays.sort(anchors);
    return anchors;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** Lower case for ASCII letters only, so that every index stays where it was (unlike some full case mappings). */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }

  private static String replace(String text, Secret secret) {
    Matcher matcher = secret.pattern().matcher(text);
    String placeholder = "<redacted:" + secret.kind() + ">";
    StringBuilder out = null;
    int last = 0;
    while (matcher.find()) {
      int start = matcher.start(secret.group());
      int end = matcher.end(secret.group());
      if (!secret.accept().test(text.substring(start, end))) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, last, start);
      // One placeholder per line the secret spans, and its line breaks as they were (\r\n, \n or \r), so that
      // line numbers do not move.
      Matcher lineBreak = LINE_BREAK.matcher(text).region(start, end);
      int piece = start;
      while (lineBreak.find()) {
        if (!text.substring(piece, lineBreak.start()).isBlank()) {
          out.append(placeholder);
        }
        out.append(lineBreak.group());
        piece = lineBreak.end();
      }
      if (piece == start || !text.substring(piece, end).isBlank()) {
        out.append(placeholder);
      }
      last = end;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }
}
