package io.github.reviewagent.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guideline document split into passages: first at Markdown ATX headings ({@code #} to {@code ######},
 * outside fenced code), then, for a section longer than {@link #PASSAGE_CHARS}, at blank lines (a fenced
 * code block stays whole where it fits), then at lines. Plain text documents have no headings and are split
 * the same way. An optional YAML front matter block gives {@code title} and {@code paths}.
 */
record ParsedDocument(GuidelineDocument document, List<Glob> scope, List<Chunk> chunks, List<String> problems) {

  /** Passages are cut to about this many characters, so a result stays a readable quotation. */
  static final int PASSAGE_CHARS = 1_500;

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
  private static final int FRONT_MATTER_LINES = 60;

  /** A piece of a section, with its lines in the document (1-based, inclusive). */
  record Chunk(String heading, int startLine, int endLine, String text) {}

  static ParsedDocument parse(String path, String text) {
    List<String> lines = lines(text);
    List<String> problems = new ArrayList<>();
    String title = null;
    List<String> globs = List.of();
    int body = 0;
    int end = frontMatterEnd(lines);
    if (end > 0) {
      FrontMatter front = FrontMatter.read(lines.subList(1, end), path, problems);
      title = front.title();
      globs = front.paths();
      body = end + 1;
    }
    List<Section> sections = sections(lines, body);
    if (title == null) {
      title = sections.stream().filter(s -> s.level() == 1).map(Section::title).findFirst().orElse(fileName(path));
    }
    List<Chunk> chunks = new ArrayList<>();
    for (Section section : sections) {
      String heading = section.path().isEmpty() ? title : section.path();
      split(section, heading, lines, chunks);
    }
    GuidelineDocument document = new GuidelineDocument(path, title, globs);
    return new ParsedDocument(document, globs.stream().map(Glob::of).toList(), chunks, problems);
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length() || lines.isEmpty()) {
      lines.add(text.substring(Math.min(start, text.length())));
    }
    return lines;
  }

  /** The index of the closing {@code ---} of a front matter block that opens the file, or 0 if there is none. */
  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < Math.min(lines.size(), FRONT_MATTER_LINES); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
    }
    return 0;
  }

  /** A heading's section: its heading line and the lines up to the next heading (indices are 0-based, end exclusive). */
  private record Section(int level, String title, String path, int start, int end) {}

  private static List<Section> sections(List<String> lines, int body) {
    List<Section> sections = new ArrayList<>();
    String[] open = new String[7];
    int level = 0;
    String title = "";
    String path = "";
    int start = body;
    String fence = null;
    for (int i = body; i < lines.size(); i++) {
      String line = lines.get(i);
      char first = firstChar(line);
      if (first != '`' && first != '~' && (first != '#' || fence != null)) {
        continue;
      }
      String marker = fence(line, first);
      if (marker != null) {
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
          fence = null;
        }
        continue;
      }
      Matcher heading = fence == null && first == '#' ? HEADING.matcher(line) : null;
      if (heading != null && heading.matches()) {
        sections.add(new Section(level, title, path, start, i));
        level = heading.group(1).length();
        title = heading.group(2) == null ? "" : heading.group(2).strip();
        open[level] = title;
        for (int deeper = level + 1; deeper < open.length; deeper++) {
          open[deeper] = null;
        }
        List<String> names = new ArrayList<>();
        for (int outer = 1; outer <= level; outer++) {
          if (open[outer] != null && !open[outer].isEmpty()) {
            names.add(open[outer]);
          }
        }
        path = String.join(" > ", names);
        start = i;
      }
    }
    sections.add(new Section(level, title, path, start, lines.size()));
    return sections;
  }

  /** The first character after at most three spaces of indentation, or a space when there is none. */
  private static char firstChar(String line) {
    for (int i = 0; i < Math.min(line.length(), 4); i++) {
      if (line.charAt(i) != ' ') {
        return line.charAt(i);
      }
    }
    return ' ';
  }

  /** The fence marker ({@code ```} or {@code ~~~}, possibly longer) that opens the line, or null. */
  private static String fence(String line, char first) {
    if (first != '`' && first != '~') {
      return null;
    }
    Matcher matcher = FENCE.matcher(line);
    return matcher.lookingAt() ? matcher.group(1) : null;
  }

  /** Cuts a section into chunks of at most {@link #PASSAGE_CHARS}; a section with no text besides its heading gives none. */
  private static void split(Section section, String heading, List<String> lines, List<Chunk> chunks) {
    boolean hasBody = false;
    for (int i = section.start(); i < section.end(); i++) {
      boolean headingLine = i == section.start() && section.level() > 0;
      if (!headingLine && !lines.get(i).isBlank()) {
        hasBody = true;
        break;
      }
    }
    if (!hasBody) {
      return;
    }
    List<int[]> blocks = blocks(lines, section.start(), section.end());
    int chunkStart = -1;
    int chunkEnd = -1;
    int size = 0;
    for (int[] block : blocks) {
      int blockSize = length(lines, block[0], block[1]);
      if (chunkStart >= 0 && size + blockSize > PASSAGE_CHARS) {
        chunks.add(chunk(heading, lines, chunkStart, chunkEnd));
        chunkStart = -1;
        size = 0;
      }
      if (blockSize > PASSAGE_CHARS) {
        splitLines(heading, lines, block[0], block[1], chunks);
        continue;
      }
      if (chunkStart < 0) {
        chunkStart = block[0];
      }
      chunkEnd = block[1];
      size += blockSize;
    }
    if (chunkStart >= 0) {
      chunks.add(chunk(heading, lines, chunkStart, chunkEnd));
    }
  }

  /** Paragraphs: runs of non-blank lines, a fenced code block counting as one (0-based, end exclusive). */
  private static List<int[]> blocks(List<String> lines, int from, int to) {
    List<int[]> blocks = new ArrayList<>();
    int start = -1;
    String fence = null;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      String marker = fence(line, firstChar(line));
      if (marker != null) {
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
          fence = null;
        }
      }
      if (line.isBlank() && fence == null) {
        if (start >= 0) {
          blocks.add(new int[] {start, i});
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      blocks.add(new int[] {start, to});
    }
    return blocks;
  }

  /** A block too long for one passage, cut between lines; a single overlong line becomes a passage of its own. */
  private static void splitLines(String heading, List<String> lines, int from, int to, List<Chunk> chunks) {
    int start = from;
    int size = 0;
    for (int i = from; i < to; i++) {
      int lineSize = lines.get(i).length() + 1;
      if (i > start && size + lineSize > PASSAGE_CHARS) {
        chunks.add(chunk(heading, lines, start, i));
        start = i;
        size = 0;
      }
      size += lineSize;
    }
    chunks.add(chunk(heading, lines, start, to));
  }

  private static int length(List<String> lines, int from, int to) {
    int length = 0;
    for (int i = from; i < to; i++) {
      length += lines.get(i).length() + 1;
    }
    return length;
  }

  private static Chunk chunk(String heading, List<String> lines, int from, int to) {
    int end = to;
    while (end > from + 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new Chunk(heading, from + 1, end, String.join("\n", lines.subList(from, end)));
  }

  private static String fileName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.substring(dot).toLowerCase(Locale.ROOT).matches("\\.(md|markdown|txt)") ? name.substring(0, dot) : name;
  }

  /** The keys of a front matter block this index understands; others are ignored. */
  private record FrontMatter(String title, List<String> paths) {

    static FrontMatter read(List<String> lines, String document, List<String> problems) {
      String title = null;
      List<String> paths = new ArrayList<>();
      boolean pathsGiven = false;
      boolean inPathsList = false;
      for (String line : lines) {
        String stripped = line.strip();
        if (inPathsList && stripped.startsWith("- ")) {
          addGlob(paths, withoutComment(stripped.substring(2)));
          continue;
        }
        inPathsList = false;
        Matcher key = KEY.matcher(line);
        if (!key.matches()) {
          continue;
        }
        String value = withoutComment(key.group(2)).strip();
        if (key.group(1).equals("title") && !value.isEmpty()) {
          title = unquote(value);
        } else if (key.group(1).equals("paths")) {
          pathsGiven = true;
          if (value.isEmpty()) {
            inPathsList = true;
          } else if (value.startsWith("[") && value.endsWith("]")) {
            for (String item : items(value.substring(1, value.length() - 1))) {
              addGlob(paths, item);
            }
          } else {
            addGlob(paths, value);
          }
        }
      }
      if (pathsGiven && paths.isEmpty()) {
        problems.add(document + ": the front matter's paths lists no glob, so the document applies to every file");
      }
      return new FrontMatter(title, paths);
    }

    /**
     * The value without a YAML comment: a {@code #} at the start or after a blank, outside quotes. Left in, it
     * would make a glob that matches nothing, and the document would silently apply to no file.
     */
    private static String withoutComment(String value) {
      char quote = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '#' && (i == 0 || Character.isWhitespace(value.charAt(i - 1)))) {
          return value.substring(0, i);
        }
      }
      return value;
    }

    private static void addGlob(List<String> paths, String item) {
      String glob = unquote(item.strip());
      if (!glob.isEmpty()) {
        paths.add(glob);
      }
    }

    /** The items of a YAML flow list, split at commas outside quotes and braces. */
    private static List<String> items(String list) {
      List<String> items = new ArrayList<>();
      StringBuilder item = new StringBuilder();
      char quote = 0;
      int braces = 0;
      for (char c : list.toCharArray()) {
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '{') {
          braces++;
        } else if (c == '}') {
          braces = Math.max(0, braces - 1);
        } else if (c == ',' && braces == 0) {
          items.add(item.toString());
          item.setLength(0);
          continue;
        }
        item.append(c);
      }
      items.add(item.toString());
      return items;
    }

    private static String unquote(String value) {
      String v = value.strip();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
        return v.substring(1, v.length() - 1);
      }
      return v;
    }
  }
}
