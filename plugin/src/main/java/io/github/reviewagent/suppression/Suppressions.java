package io.github.reviewagent.suppression;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.review.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions written in one source file. Two forms:
 *
 * <ul>
 *   <li>a comment {@code review:ignore <rule>[, <rule>...] [-- reason]} on the finding's first line, on the line
 *       above it or above the Javadoc of the declaration that starts there, or in the header of the declaration that starts there (from its annotations to the brace that
 *       opens its body);
 *   <li>{@code @SuppressWarnings("review:<rule>")} on a method, constructor, field or type: every finding
 *       inside that declaration.
 * </ul>
 *
 * <p>{@code all} names every rule. Rule ids are matched exactly (case-insensitively); a misspelt rule suppresses
 * nothing. Immutable and thread-safe.
 */
public final class Suppressions {

  /** Nothing suppressed. */
  public static final Suppressions NONE = new Suppressions(List.of(), List.of(), Map.of(), Map.of());

  static final String ALL = "all";
  private static final String MARKER = "review:";
  private static final Pattern COMMENT = Pattern.compile("review:ignore\\b([^\\n]*)");
  /** What rule ids look like: dotted lower-case words, as {@code complexity.cognitive} and {@code model.resource-leak}. */
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");
  private static final Pattern TEXT_COMMENT = Pattern.compile("(?://|/\\*|^\\s*\\*).*?(review:ignore\\b[^\\n]*)");

  private final List<Span> comments;
  private final List<Span> declarations;
  private final Map<Integer, Integer> headerEnds;
  private final Map<Integer, Integer> docStarts;

  private Suppressions(
      List<Span> comments, List<Span> declarations, Map<Integer, Integer> headerEnds, Map<Integer, Integer> docStarts) {
    this.comments = comments;
    this.declarations = declarations;
    this.headerEnds = headerEnds;
    this.docStarts = docStarts;
  }

  /**
   * Reads the suppressions of a source file; never throws: a file that does not parse still has its comments.
   *
   * @param javaVersion the Java release whose syntax the file uses
   */
  public static Suppressions of(String source, int javaVersion) {
    if (source == null || !source.contains(MARKER)) {
      return NONE;
    }
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(MetricsAnalyzer.languageLevel(javaVersion))
            .setAttributeComments(true);
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      return ofText(source);
    }
    CompilationUnit unit = result.getResult().get();
    List<Span> comments = new ArrayList<>();
    for (Comment comment : unit.getAllComments()) {
      Matcher matcher = COMMENT.matcher(comment.getContent());
      if (matcher.find()) {
        comments.add(new Span(begin(comment), end(comment), rules(matcher.group(1))));
      }
    }
    List<Span> declarations = new ArrayList<>();
    Map<Integer, Integer> headerEnds = new HashMap<>();
    Map<Integer, Integer> docStarts = new HashMap<>();
    for (BodyDeclaration<?> declaration : unit.findAll(BodyDeclaration.class)) {
      declaration.getComment().ifPresent(doc -> docStarts.merge(begin(declaration), begin(doc), Math::min));
      if (declaration instanceof NodeWithSimpleName<?> named) {
        named.getName().getBegin()
            .ifPresent(p -> headerEnds.merge(begin(declaration), headerEnd(declaration, p.line), Math::max));
      }
      Set<String> rules = suppressedRules(declaration.getAnnotations());
      if (!rules.isEmpty()) {
        declarations.add(new Span(begin(declaration), end(declaration), rules));
      }
    }
    return new Suppressions(
        List.copyOf(comments), List.copyOf(declarations), Map.copyOf(headerEnds), Map.copyOf(docStarts));
  }

  /** Comment suppressions found line by line, for a file the parser cannot read. */
  private static Suppressions ofText(String source) {
    List<Span> comments = new ArrayList<>();
    String[] lines = source.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = TEXT_COMMENT.matcher(lines[i]);
      if (matcher.find()) {
        Matcher rule = COMMENT.matcher(matcher.group(1));
        if (rule.find()) {
          comments.add(new Span(i + 1, i + 1, rules(rule.group(1))));
        }
      }
    }
    return new Suppressions(List.copyOf(comments), List.of(), Map.of(), Map.of());
  }

  /** Whether a finding of this rule spanning these lines is suppressed. */
  public boolean suppresses(String ruleId, int startLine, int endLine) {
    int headerEnd = headerEnds.getOrDefault(startLine, startLine);
    int docStart = docStarts.getOrDefault(startLine, startLine);
    for (Span comment : comments) {
      boolean near =
          comment.end() == startLine - 1
              || comment.end() == docStart - 1
              || (comment.end() >= startLine && comment.begin() <= headerEnd);
      if (near && comment.names(ruleId)) {
        return true;
      }
    }
    for (Span declaration : declarations) {
      if (declaration.begin() <= startLine && endLine <= declaration.end() && declaration.names(ruleId)) {
        return true;
      }
    }
    return false;
  }

  /** The findings, each marked suppressed when this file suppresses it. */
  public List<Finding> apply(List<Finding> findings) {
    if (this == NONE) {
      return findings;
    }
    return findings.stream()
        .map(f -> suppresses(f.ruleId(), f.startLine(), f.endLine()) ? f.withSuppressed(true) : f)
        .toList();
  }

  /**
   * The line of the declaration's opening brace or closing semicolon, so that a comment at the end of a wrapped
   * signature ({@code int b) throws E { // review:ignore ...}) counts as in its header; at least the name's line.
   * Braces inside parentheses (an annotation's array value) are not the body's.
   */
  private static int headerEnd(Node declaration, int nameLine) {
    int depth = 0;
    for (JavaToken token : declaration.getTokenRange().map(range -> (Iterable<JavaToken>) range).orElse(List.of())) {
      int kind = token.getKind();
      if (kind == JavaToken.Kind.LPAREN.getKind()) {
        depth++;
      } else if (kind == JavaToken.Kind.RPAREN.getKind()) {
        depth--;
      } else if (depth == 0
          && (kind == JavaToken.Kind.LBRACE.getKind() || kind == JavaToken.Kind.SEMICOLON.getKind())) {
        return Math.max(nameLine, token.getRange().map(r -> r.begin.line).orElse(nameLine));
      }
    }
    return nameLine;
  }

  private static Set<String> rules(String text) {
    String list = text;
    int reason = list.indexOf("--");
    if (reason >= 0) {
      list = list.substring(0, reason);
    }
    int close = list.indexOf("*/");
    if (close >= 0) {
      list = list.substring(0, close);
    }
    // The rules end at the first word that is no rule id: a reason written without its "--" ("because all
    // branches ...") must not make its words rules, least of all "all".
    Set<String> rules = new HashSet<>();
    for (String word : list.strip().split("[\\s,]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.isEmpty()) {
        continue;
      }
      if (!lower.equals(ALL) && !RULE_ID.matcher(lower).matches()) {
        break;
      }
      rules.add(lower);
    }
    return Set.copyOf(rules);
  }

  private static Set<String> suppressedRules(List<AnnotationExpr> annotations) {
    Set<String> rules = new HashSet<>();
    for (AnnotationExpr annotation : annotations) {
      String name = annotation.getNameAsString();
      if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
        continue;
      }
      Expression value = null;
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        value = single.getMemberValue();
      } else if (annotation instanceof NormalAnnotationExpr normal) {
        value =
            normal.getPairs().stream()
                .filter(pair -> pair.getNameAsString().equals("value"))
                .map(MemberValuePair::getValue)
                .findFirst()
                .orElse(null);
      }
      List<Expression> values =
          value instanceof ArrayInitializerExpr array ? array.getValues() : value == null ? List.of() : List.of(value);
      for (Expression element : values) {
        if (element instanceof StringLiteralExpr literal && literal.getValue().startsWith(MARKER)) {
          rules.add(literal.getValue().substring(MARKER.length()).strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return rules;
  }

  private static int begin(Node node) {
    return node.getBegin().map(p -> p.line).orElse(0);
  }

  private static int end(Node node) {
    return node.getEnd().map(p -> p.line).orElse(begin(node));
  }

  /** Lines a suppression covers and the rules it names, lower case. */
  private record Span(int begin, int end, Set<String> rules) {
    boolean names(String ruleId) {
      return rules.contains(ALL) || rules.contains(ruleId.toLowerCase(Locale.ROOT));
    }
  }
}
