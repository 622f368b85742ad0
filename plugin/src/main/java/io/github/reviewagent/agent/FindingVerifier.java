package io.github.reviewagent.agent;

import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Trust but verify: turns the model's proposals into findings only where the code bears them out. A
 * finding must name a file under review; its lines must be in the file and show the code it quotes, else
 * it is moved to where that code is (the nearest occurrence) or dropped; a figure it claims for a measured
 * metric must match the measurement, else it is corrected (or, for a complexity finding that overstated the
 * figure, dropped); a finding that repeats an offline finding or another model finding is merged. Every
 * drop, move, correction and merge is counted. Not thread-safe: one verifier per review.
 */
final class FindingVerifier {

  /** Messages and suggestions longer than this are cut: a finding is one or two sentences. */
  static final int MAX_TEXT = 1_500;

  private static final Pattern LINE_PREFIX = Pattern.compile("^\\s*\\d+\\s*\\*?\\s*\\|\\s?");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|\u2026");

  private final Map<String, SourceFile> files = new LinkedHashMap<>();
  private final List<Finding> offline;

  int proposed;
  int dropped;
  int reanchored;
  int corrected;
  int merged;
  private int notUnderReview;
  private int notFound;
  private int contradicted;
  private final Set<String> unknownPaths = new LinkedHashSet<>();

  FindingVerifier(List<SourceFile> files, List<Finding> offline) {
    files.forEach(f -> this.files.put(f.path(), f));
    this.offline = List.copyOf(offline);
  }

  /** Counts entries of an answer that were not findings at all. */
  void unreadable(int count) {
    proposed += count;
    dropped += count;
  }

  /**
   * Checks the proposals of all units, in unit order, and returns the surviving findings sorted by path,
   * line and rule.
   *
   * @param proposals each unit's proposals, with the files that unit showed
   */
  List<Finding> verify(List<UnitProposals> proposals) {
    List<Finding> accepted = new ArrayList<>();
    for (UnitProposals unit : proposals) {
      for (ProposedFinding proposal : unit.findings()) {
        proposed++;
        check(proposal, unit.files()).ifPresentOrElse(f -> addMerging(accepted, f), () -> dropped++);
      }
    }
    accepted.sort(
        Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::startLine)
            .thenComparing(Finding::ruleId)
            .thenComparingInt(Finding::endLine)
            .thenComparing(Finding::message));
    return distinctFingerprints(accepted);
  }

  /**
   * The same rule on the same code in two places of a file (a copied block) is two findings with one
   * fingerprint; code scanning would make them one alert. The second and later, in line order, get the
   * occurrence mixed in, as GitHub does for its own fingerprints.
   */
  private static List<Finding> distinctFingerprints(List<Finding> sorted) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> distinct = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      int before = seen.merge(f.fingerprint(), 1, Integer::sum) - 1;
      distinct.add(before == 0 ? f
          : new Finding(f.ruleId(), f.severity(), f.source(), f.path(), f.startLine(), f.endLine(), f.message(),
              f.suggestion(), Sha256.hex(f.fingerprint() + "\n" + before).substring(0, 32), f.onChangedLine(),
              f.suppressed()));
    }
    return distinct;
  }

  /** What the checks did, one sentence, or empty when they did nothing worth saying. */
  Optional<String> summary() {
    List<String> parts = new ArrayList<>();
    if (dropped > 0) {
      List<String> why = new ArrayList<>();
      if (notUnderReview > 0) {
        why.add(notUnderReview + " for files not under review (" + String.join(", ", unknownPaths) + ")");
      }
      if (notFound > 0) {
        why.add(notFound + " whose lines or quoted code are not in the file");
      }
      if (contradicted > 0) {
        why.add(contradicted + " whose metric claims the measurement contradicts");
      }
      int other = dropped - notUnderReview - notFound - contradicted;
      if (other > 0) {
        why.add(other + " unreadable");
      }
      parts.add(dropped + " dropped (" + String.join("; ", why) + ")");
    }
    if (reanchored > 0) {
      parts.add(reanchored + " moved to the lines their quoted code is on");
    }
    if (corrected > 0) {
      parts.add(corrected + " with metric figures corrected to the measured values");
    }
    if (merged > 0) {
      parts.add(merged + " merged into duplicates");
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("Of " + proposed + " findings the model proposed, " + String.join(", ", parts) + ".");
  }

  private Optional<Finding> check(ProposedFinding proposal, List<SourceFile> unitFiles) {
    SourceFile file = resolve(proposal.file(), unitFiles);
    if (file == null) {
      notUnderReview++;
      if (unknownPaths.size() < 5) {
        unknownPaths.add(String.valueOf(proposal.file()));
      }
      return Optional.empty();
    }
    Optional<Anchor> anchor = anchor(file, proposal);
    if (anchor.isEmpty()) {
      notFound++;
      return Optional.empty();
    }
    String ruleId = ModelRules.ruleIdFor(proposal.category());
    String message = cut(proposal.message());
    Optional<MethodChange> method = enclosingMethod(file, anchor.get().start());
    List<MetricClaims.Claim> claims = MetricClaims.find(message);
    if (method.isPresent() && !claims.isEmpty()) {
      Optional<String> checked = checkClaims(ruleId, message, claims, method.get());
      if (checked.isEmpty()) {
        contradicted++;
        return Optional.empty();
      }
      message = checked.get();
    }
    Anchor at = anchor.get();
    return Optional.of(
        new Finding(
            ruleId,
            severity(proposal.severity(), ruleId),
            Finding.Source.MODEL,
            file.path(),
            at.start(),
            at.end(),
            message,
            proposal.suggestion() == null ? null : cut(proposal.suggestion()),
            fingerprint(ruleId, file.path(), at.code()),
            file.file().isChanged(at.start(), at.end()),
            false));
  }

  /**
   * The file a proposal names: exactly, by a suffix unique among the unit's files or else among all, or the unit's
   * only file when it names none.
   */
  private SourceFile resolve(String named, List<SourceFile> unitFiles) {
    if (named == null || named.isBlank()) {
      return unitFiles.size() == 1 ? unitFiles.get(0) : null;
    }
    String path = named.strip().replace('\\', '/');
    while (path.startsWith("./") || path.startsWith("/")) {
      path = path.substring(path.startsWith("./") ? 2 : 1);
    }
    if (files.containsKey(path)) {
      return files.get(path);
    }
    String given = path;
    Predicate<SourceFile> suffix = f -> f.path().endsWith("/" + given) || given.endsWith("/" + f.path());
    // The unit's own files first: another file of the same name elsewhere in the change is not what it meant.
    List<SourceFile> inUnit = unitFiles.stream().filter(suffix).toList();
    if (inUnit.size() == 1) {
      return inUnit.get(0);
    }
    List<SourceFile> matches = files.values().stream().filter(suffix).toList();
    return matches.size() == 1 ? matches.get(0) : null;
  }

  /**
   * Where the finding is.
   *
   * @param code the normalised code of the anchored lines, for the fingerprint
   */
  private record Anchor(int start, int end, String code) {}

  private Optional<Anchor> anchor(SourceFile file, ProposedFinding proposal) {
    int lines = file.lineCount();
    int start = proposal.startLine();
    int end = Math.max(proposal.endLine(), start);
    List<String> quote = quoteLines(proposal.code());
    if (quote.isEmpty()) {
      if (start < 1 || start > lines) {
        return Optional.empty();
      }
      int last = Math.min(end, lines);
      return Optional.of(new Anchor(start, last, normalise(file.line(start))));
    }
    String first = quote.get(0);
    if (start >= 1 && start <= lines) {
      for (int line = start; line <= Math.min(end, lines); line++) {
        if (matches(file.line(line), first)) {
          return Optional.of(new Anchor(start, Math.min(end, lines), code(file, line, quote.size())));
        }
      }
    }
    int best = -1;
    for (int line = 1; line <= lines; line++) {
      if (matches(file.line(line), first) && (best < 0 || Math.abs(line - start) < Math.abs(best - start))) {
        best = line;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    reanchored++;
    int length = Math.max(start >= 1 ? end - start : 0, quote.size() - 1);
    return Optional.of(new Anchor(best, Math.min(lines, best + length), code(file, best, quote.size())));
  }

  /**
   * The quoted code's lines that can identify a line: without copied line numbers, blank and trivial lines;
   * of a line abbreviated with an ellipsis, its longest piece.
   */
  private static List<String> quoteLines(String code) {
    List<String> lines = new ArrayList<>();
    for (String line : SourceFile.lines(code == null ? "" : code)) {
      String longest = "";
      for (String piece : ELLIPSIS.split(LINE_PREFIX.matcher(line).replaceFirst(""))) {
        String normal = normalise(piece);
        longest = normal.length() > longest.length() ? normal : longest;
      }
      // "}" or ");" occur everywhere: they cannot anchor anything.
      if (longest.replaceAll("[^A-Za-z0-9]", "").length() >= 2) {
        lines.add(longest);
      }
    }
    return lines;
  }

  private static boolean matches(String fileLine, String quoted) {
    String line = normalise(fileLine);
    return line.contains(quoted) || line.length() >= 10 && quoted.contains(line);
  }

  private static String code(SourceFile file, int from, int count) {
    List<String> code = new ArrayList<>();
    for (int line = from; line < from + count && line <= file.lineCount(); line++) {
      code.add(normalise(file.line(line)));
    }
    return String.join("\n", code);
  }

  /** Code without its whitespace, so that spacing the model changed does not matter. */
  private static String normalise(String code) {
    return SPACE.matcher(code).replaceAll("");
  }

  /** The measured method (head side) that holds the line: the innermost one. */
  private static Optional<MethodChange> enclosingMethod(SourceFile file, int line) {
    return file.file().methods().stream()
        .filter(m -> m.head() != null && m.head().line() <= line && line <= m.head().endLine())
        .min(Comparator.comparingInt(m -> m.head().endLine() - m.head().line()));
  }

  /**
   * The message with every contradicted figure replaced by the measured one, or empty when the finding is a
   * complexity finding that overstated a figure: its premise is false, and the offline rules already judge
   * the measured values.
   */
  private Optional<String> checkClaims(String ruleId, String message, List<MetricClaims.Claim> claims, MethodChange method) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean changed = false;
    for (MetricClaims.Claim claim : claims) {
      MethodReport measured = claim.base() ? method.base() : method.head();
      if (measured == null || claim.start() < last) {
        continue;
      }
      long actual = claim.metric().of(measured.metrics());
      if (actual == claim.value()) {
        continue;
      }
      if (ruleId.equals(ModelRules.COMPLEXITY) && !claim.base() && actual < claim.value()) {
        return Optional.empty();
      }
      out.append(message, last, claim.start()).append(actual);
      last = claim.end();
      changed = true;
    }
    if (!changed) {
      return Optional.of(message);
    }
    corrected++;
    out.append(message.substring(last));
    return Optional.of(out + " (Figures corrected to the measured values.)");
  }

  private void addMerging(List<Finding> accepted, Finding finding) {
    for (Finding known : offline) {
      if (known.path().equals(finding.path())
          && overlaps(known, finding)
          && concern(known).equals(concern(finding))) {
        merged++;
        return;
      }
    }
    for (int i = 0; i < accepted.size(); i++) {
      Finding kept = accepted.get(i);
      // Not by fingerprint: the same code in two places of a file gives one fingerprint to two problems.
      boolean same = kept.path().equals(finding.path()) && kept.ruleId().equals(finding.ruleId()) && overlaps(kept, finding);
      if (same) {
        merged++;
        if (finding.severity().compareTo(kept.severity()) > 0) {
          accepted.set(i, finding);
        }
        return;
      }
    }
    accepted.add(finding);
  }

  private static boolean overlaps(Finding a, Finding b) {
    return a.startLine() <= b.endLine() && b.startLine() <= a.endLine();
  }

  /**
   * What a finding is about, for merging across reviewers: offline findings are rules on metrics, so a model
   * finding about complexity or that cites a metric is the same concern; otherwise the rule.
   */
  private static String concern(Finding finding) {
    if (finding.source() == Finding.Source.METRICS
        || finding.ruleId().equals(ModelRules.COMPLEXITY)
        || !MetricClaims.find(finding.message()).isEmpty()) {
      return "metrics";
    }
    return finding.ruleId();
  }

  private static Severity severity(String said, String ruleId) {
    String name = said == null ? "" : said.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "blocker" -> Severity.BLOCKER;
      case "critical", "high", "severe", "fatal" -> Severity.CRITICAL;
      case "major", "medium", "moderate", "error", "important" -> Severity.MAJOR;
      case "minor", "low", "warning", "warn", "trivial" -> Severity.MINOR;
      case "info", "information", "informational", "note", "hint", "suggestion", "nit" -> Severity.INFO;
      default -> ModelRules.byId(ruleId).orElseThrow().defaultSeverity();
    };
  }

  private static String cut(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT) + "...";
  }

  /** Stable across line moves: the rule, the path and the code the finding is on, not its line number. */
  static String fingerprint(String ruleId, String path, String code) {
    return Sha256.hex(ruleId + "\n" + path + "\n" + code).substring(0, 32);
  }

  /** One unit's proposals and the files it showed. */
  record UnitProposals(List<ProposedFinding> findings, List<SourceFile> files) {}
}
