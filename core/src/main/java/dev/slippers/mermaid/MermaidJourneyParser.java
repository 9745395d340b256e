package dev.slippers.mermaid;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a Mermaid {@code journey} diagram, line by line.
 *
 * <p>Written by hand because Mermaid has no parser outside JavaScript, and the {@code journey}
 * grammar is one statement per line: Mermaid's own lexer and grammar
 * ({@code packages/mermaid/src/diagrams/user-journey/parser/journey.jison} in the mermaid-js
 * repository) has the keyword {@code journey}, then {@code title TEXT}, {@code accTitle: TEXT},
 * {@code accDescr: TEXT} or {@code accDescr { ... }} over several lines, {@code section NAME}, and
 * tasks {@code NAME: SCORE[: ACTOR, ACTOR]}; {@code %%} and {@code #} start comments; names may not
 * hold {@code :}, {@code #} or {@code ;}, and a {@code ;} anywhere else is invalid. This reader
 * follows that grammar, accepts a YAML front matter block with a {@code title:} (Mermaid 10 and
 * later), and is stricter in one place on purpose: a score must be a whole number from 1 to 5,
 * since it becomes an emotion.
 *
 * <p>Every problem is reported with its line and column (rule {@value #RULE}); parsing goes on after
 * a bad line so that one run lists them all. O(length of the text).
 */
public final class MermaidJourneyParser {

  /** The rule id of every problem this reader reports. */
  public static final String RULE = "mermaid.syntax";

  private static final Pattern KEYWORD = Pattern.compile("(?i)(title|section|acctitle|accdescr)\\b");
  private static final Pattern TITLE = Pattern.compile("(?i)title\\s+(.+)");
  private static final Pattern SECTION = Pattern.compile("(?i)section\\s+(.+)");
  private static final Pattern ACC = Pattern.compile("(?i)(accTitle|accDescr)\\s*:\\s*(.*)");
  private static final Pattern ACC_BLOCK = Pattern.compile("(?i)accDescr\\s*\\{(.*)");

  /** What reading gave: the diagram when it could be read without an error, and every problem. */
  public record Result(Optional<MermaidJourney> journey, List<Diagnostic> problems) {

    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();
  private String title = "";
  private String accTitle = "";
  private String accDescr = "";
  private int comments;
  private final List<MermaidJourney.Section> sections = new ArrayList<>();
  private String sectionName;
  private int sectionLine;
  private List<MermaidJourney.Task> tasks = new ArrayList<>();

  private MermaidJourneyParser(String file) {
    this.file = file;
  }

  /**
   * Reads one diagram.
   *
   * @param file the file's name as the user gave it, for messages
   * @param text the diagram's text
   */
  public static Result parse(String file, String text) {
    return new MermaidJourneyParser(file).read(text);
  }

  private Result read(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int i = skipFrontMatter(lines);
    boolean started = false;
    for (; i < lines.length; i++) {
      int lineNo = i + 1;
      String raw = lines[i];
      java.util.OptionalInt bad = dev.slippers.text.SafeText.firstNonXml(raw);
      if (bad.isPresent()) {
        // The journey written from it would not validate (text.invalid-character): say so here, at the place.
        int index = bad.getAsInt();
        problems.add(Diagnostic.error("text.invalid-character", new SourceRef(file, lineNo, raw.codePointCount(0, index) + 1),
            "this line holds " + dev.slippers.text.SafeText.codePointName(raw.codePointAt(index))
                + ", a character that maps, pages and reports cannot hold",
            "remove it; tabs and every printable character, emoji included, are fine"));
        continue;
      }
      if (!started) {
        String first = withoutComment(raw).strip();
        if (first.isEmpty()) {
          continue;
        }
        String keyword = first.split("\\s+", 2)[0];
        if (!keyword.equalsIgnoreCase("journey")) {
          problems.add(error(lineNo, column(raw), "expected 'journey', found '" + keyword + "'",
              "only Mermaid journey diagrams can be imported; the first statement must be 'journey'"));
          return result();
        }
        started = true;
        String rest = first.substring(keyword.length()).strip();
        if (!rest.isEmpty()) {
          problems.add(error(lineNo, raw.indexOf(rest) + 1, "unexpected '" + rest + "' after 'journey'",
              "put each statement on a line of its own"));
        }
        continue;
      }
      String trimmed = raw.strip();
      Matcher block = ACC_BLOCK.matcher(trimmed);
      if (block.matches()) {
        i = readDescriptionBlock(lines, i, block.group(1));
        continue;
      }
      Matcher acc = ACC.matcher(trimmed);
      if (acc.matches()) {
        // As in Mermaid's lexer, the value is the rest of the line, '#' and ';' included.
        if (acc.group(1).equalsIgnoreCase("accTitle")) {
          accTitle = acc.group(2).strip();
        } else {
          accDescr = acc.group(2).strip();
        }
        continue;
      }
      String line = withoutComment(raw);
      if (line.strip().isEmpty()) {
        continue;
      }
      int semicolon = line.indexOf(';');
      if (semicolon >= 0) {
        problems.add(error(lineNo, semicolon + 1, "';' is not allowed in a Mermaid journey",
            "Mermaid reads no ';' here; remove it or write the text without it"));
        continue;
      }
      statement(line, lineNo);
    }
    if (!started) {
      problems.add(error(Math.max(1, lines.length), 0, "no 'journey' diagram in the file",
          "a Mermaid journey starts with the line 'journey'"));
      return result();
    }
    closeSection();
    if (sections.isEmpty() && problems.isEmpty()) {
      problems.add(error(lines.length, 0, "the journey has no sections and no tasks, so there is nothing to import",
          "add 'section NAME' lines with tasks such as 'Make tea: 5: Me'"));
    }
    return result();
  }

  private Result result() {
    boolean ok = problems.stream().noneMatch(Diagnostic::isError);
    return new Result(ok ? Optional.of(new MermaidJourney(title, accTitle, accDescr, sections, comments))
        : Optional.empty(), problems);
  }

  /** A {@code ---} front matter block first in the file; its {@code title:} is the diagram's title. */
  private int skipFrontMatter(String[] lines) {
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---")) {
        return i + 1;
      }
      if (line.startsWith("title:")) {
        title = unquote(line.substring("title:".length()).strip());
      }
    }
    problems.add(error(1, 1, "the front matter that starts here is not closed", "end it with a line '---'"));
    return lines.length;
  }

  private int readDescriptionBlock(String[] lines, int start, String firstRest) {
    StringBuilder text = new StringBuilder();
    String rest = firstRest;
    for (int i = start; i < lines.length; i++) {
      String part = i == start ? rest : lines[i];
      int close = part.indexOf('}');
      if (close >= 0) {
        text.append(part, 0, close);
        accDescr = text.toString().strip().replaceAll("\\s*\n\\s*", "\n");
        String after = part.substring(close + 1).strip();
        if (!after.isEmpty() && !withoutComment(after).isBlank()) {
          problems.add(error(i + 1, part.indexOf(after, close) + 1, "unexpected '" + after + "' after the '}'",
              "put each statement on a line of its own"));
        }
        return i;
      }
      text.append(part).append('\n');
    }
    problems.add(error(start + 1, lines[start].indexOf('{') + 1, "the 'accDescr {' block is not closed",
        "end the description with '}'"));
    return lines.length;
  }

  private void statement(String line, int lineNo) {
    String trimmed = line.strip();
    int indent = line.indexOf(trimmed) + 1;
    Matcher keyword = KEYWORD.matcher(trimmed);
    if (keyword.lookingAt()) {
      Matcher titleLine = TITLE.matcher(trimmed);
      Matcher sectionLine = SECTION.matcher(trimmed);
      if (titleLine.matches()) {
        title = titleLine.group(1).strip();
        return;
      }
      if (sectionLine.matches()) {
        String name = sectionLine.group(1);
        int colon = name.indexOf(':');
        if (colon >= 0) {
          problems.add(error(lineNo, indent + "section ".length() + colon, "a section name cannot hold ':'",
              "Mermaid ends the name at ':'; write the section as 'section NAME' and its tasks on the lines below"));
          return;
        }
        closeSection();
        sectionName = name.strip();
        this.sectionLine = lineNo;
        return;
      }
      if (!trimmed.contains(":")) {
        problems.add(error(lineNo, indent, "'" + keyword.group(1) + "' needs text after it",
            "write e.g. 'title My journey' or 'section Order'"));
        return;
      }
    }
    task(trimmed, indent, lineNo);
  }

  private void task(String trimmed, int indent, int lineNo) {
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      problems.add(error(lineNo, indent, "'" + trimmed + "' is neither a statement nor a task",
          "a task is written 'Task name: score: actor, actor', e.g. 'Make tea: 5: Me'"));
      return;
    }
    String name = trimmed.substring(0, colon).strip().replace("\u200B", "");
    if (name.isEmpty()) {
      problems.add(error(lineNo, indent, "a task needs a name before the ':'", "write e.g. 'Make tea: 5: Me'"));
      return;
    }
    String data = trimmed.substring(colon + 1);
    int second = data.indexOf(':');
    String scoreText = (second < 0 ? data : data.substring(0, second)).strip();
    int scoreColumn = indent + colon + 1 + Math.max(0, data.indexOf(scoreText));
    int score;
    try {
      score = Integer.parseInt(scoreText);
    } catch (NumberFormatException e) {
      problems.add(error(lineNo, scoreColumn, scoreText.isEmpty() ? "the task '" + name + "' has no score"
          : "the score '" + scoreText + "' of the task '" + name + "' is not a whole number",
          "give a score from 1 (bad) to 5 (good) after the name, e.g. '" + name + ": 3: Me'"));
      return;
    }
    if (score < 1 || score > 5) {
      problems.add(error(lineNo, scoreColumn, "the score " + score + " of the task '" + name + "' is out of range",
          "scores go from 1 (bad) to 5 (good); they become emotions from -2 to 2"));
      return;
    }
    List<String> actors = new ArrayList<>();
    if (second >= 0) {
      for (String actor : data.substring(second + 1).split(",")) {
        String a = actor.strip();
        if (a.contains(":")) {
          problems.add(error(lineNo, indent + colon + 1 + second + 1, "too many ':' in the task '" + name + "'",
              "a task is 'name: score: actors'; a name or an actor cannot hold ':'"));
          return;
        }
        if (!a.isEmpty() && !actors.contains(a)) {
          actors.add(a);
        }
      }
    }
    if (sectionName == null) {
      sectionName = "";
      sectionLine = lineNo;
    }
    tasks.add(new MermaidJourney.Task(name, score, actors, lineNo));
  }

  private void closeSection() {
    if (sectionName != null) {
      sections.add(new MermaidJourney.Section(sectionName, sectionLine, tasks));
    }
    sectionName = null;
    tasks = new ArrayList<>();
  }

  /**
   * The line without its comment: {@code %%} (and {@code %%{...}%%} directives) anywhere, and
   * {@code #} as in Mermaid's journey lexer. Counts the comments skipped.
   */
  private String withoutComment(String line) {
    int percent = line.indexOf("%%");
    int hash = line.indexOf('#');
    int cut = percent < 0 ? hash : hash < 0 ? percent : Math.min(percent, hash);
    if (cut < 0) {
      return line;
    }
    comments++;
    return line.substring(0, cut);
  }

  private static int column(String raw) {
    return raw.length() - raw.stripLeading().length() + 1;
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  private Diagnostic error(int line, int column, String message, String hint) {
    return Diagnostic.error(RULE, new SourceRef(file, line, column), message, hint);
  }

  /** For messages: the words Mermaid reserves at the start of a line, lower case. */
  static boolean startsWithKeyword(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.matches("(title|section|journey)(\\s.*)?") || lower.startsWith("acctitle") || lower.startsWith("accdescr");
  }
}
