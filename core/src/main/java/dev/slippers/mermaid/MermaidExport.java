package dev.slippers.mermaid;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.model.Emotion;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import dev.slippers.wording.OutcomeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a journey as Mermaid, for places that render Mermaid (GitHub pull requests and READMEs):
 * a {@code journey} diagram of the most likely path, and a {@code flowchart} of the whole stage
 * graph with the share of customers on every arrow. Returns text with {@code "\n"} line endings;
 * the caller writes it. Deterministic: the journey's own order throughout.
 */
public final class MermaidExport {

  /**
   * The longest diagram Mermaid draws with its default settings, in characters (UTF-16 code units,
   * its {@code maxTextSize}): longer text is drawn as an error message ("Maximum text size in
   * diagram exceeded"), by GitHub too, which does not let a page raise the limit.
   */
  public static final int MERMAID_TEXT_LIMIT = 50_000;

  /** Both diagrams of one journey, as the Markdown report embeds them. */
  public record Diagrams(String journey, String flowchart) {}

  /** Whether Mermaid draws {@code diagram} with its default limit ({@link #MERMAID_TEXT_LIMIT}). */
  public static boolean fitsMermaid(String diagram) {
    return diagram.length() <= MERMAID_TEXT_LIMIT;
  }

  private MermaidExport() {}

  /** Both diagrams; empty when the journey has no path from its entry to an outcome. */
  public static Optional<Diagrams> both(Journey journey, JourneyAnalysis analysis) {
    return analysis.paths().mostLikely().map(path -> new Diagrams(journey(journey, path), flowchart(journey, analysis)));
  }

  /**
   * The most likely path as a Mermaid {@code journey}: a section per stage, a task per touchpoint,
   * the emotion -2..2 as the score 1..5, the personas as actors. Personas who feel a touchpoint
   * differently get one task each per value, in a row ({@link MermaidImport} joins them again). A
   * touchpoint with no emotion is scored 3 (neutral), and a comment says which.
   *
   * @throws IllegalArgumentException when the journey has no path from its entry to an outcome
   */
  public static String journey(Journey journey, JourneyAnalysis analysis) {
    return journey(journey, analysis.paths().mostLikely().orElseThrow(
        () -> new IllegalArgumentException("the journey has no path from its entry to an outcome")));
  }

  private static String journey(Journey journey, JourneyPath path) {
    Map<String, Stage> stages = journey.stagesById();
    List<String> noEmotion = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String stageId : path.stages()) {
      Stage stage = stages.get(stageId);
      body.append("  section ").append(name(stage.displayName())).append('\n');
      for (Touchpoint touchpoint : stage.touchpoints()) {
        if (touchpoint.emotion().isEmpty()) {
          noEmotion.add(touchpoint.id());
        }
        for (Map.Entry<Integer, List<String>> group : scoresByPersona(journey, touchpoint).entrySet()) {
          body.append("    ").append(name(touchpoint.action())).append(": ").append(group.getKey());
          if (!group.getValue().isEmpty()) {
            body.append(": ").append(String.join(", ", group.getValue().stream().map(MermaidExport::actor).toList()));
          }
          body.append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder("journey\n");
    Language language = journey.language();
    boolean ru = language == Language.RU;
    out.append(ru ? "  %% Путь Slippers " : "  %% Slippers journey ").append(comment(journey.id()))
        .append(ru ? ": самый вероятный путь, по нему идут " : ": the most likely path, taken by ")
        .append(percent(path.probability(), language)).append(ru ? " клиентов, итог: " : " of customers, ending in ")
        .append(comment(OutcomeNames.of(path.outcome(), language)))
        .append(": ").append(String.join(" > ", path.stages())).append('\n');
    out.append(ru ? "  %% Оценки: эмоции от -2 до 2 плюс 3." : "  %% Scores are the emotions -2..2 plus 3.");
    if (!noEmotion.isEmpty()) {
      out.append(ru ? " Эмоция не указана, показано 3: " : " No emotion given, shown as 3: ")
          .append(comment(String.join(", ", noEmotion))).append('.');
    }
    out.append('\n');
    out.append("  title ").append(text(journey.title())).append('\n');
    if (!journey.description().isBlank()) {
      out.append("  accDescr: ").append(flat(journey.description()).replace("%%", "% %")).append('\n');
    }
    return out.append(body).toString();
  }

  /**
   * The stage graph as a Mermaid {@code flowchart}, left to right: stages as boxes, outcomes as
   * rounded ones with their outcome, transitions with the share of the customers leaving the stage
   * (as the analysis reads unwritten shares), drop-off as a dotted arrow to "lost", and the most
   * likely path drawn thick.
   */
  public static String flowchart(Journey journey, JourneyAnalysis analysis) {
    Map<String, String> node = new HashMap<>();
    for (int i = 0; i < journey.stages().size(); i++) {
      node.putIfAbsent(journey.stages().get(i).id(), "s" + i);
    }
    Set<String> likely = new HashSet<>();
    analysis.paths().mostLikely().ifPresent(p -> {
      for (int i = 0; i + 1 < p.stages().size(); i++) {
        likely.add(p.stages().get(i) + "\n" + p.stages().get(i + 1));
      }
    });
    StringBuilder out = new StringBuilder("flowchart LR\n");
    Language language = journey.language();
    out.append(language == Language.RU ? "  %% Граф этапов Slippers: " : "  %% Slippers stage graph of ")
        .append(comment(journey.id()))
        .append(language == Language.RU ? ": доли клиентов, уходящих с каждого этапа; самый вероятный путь выделен.\n"
            : ": shares of the customers leaving each stage; the most likely path is drawn thick.\n");
    Map<String, List<String>> classes = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      String id = node.get(stage.id());
      if (stage.isOutcome()) {
        out.append("  ").append(id).append("([\"").append(label(stage.displayName() + " (" + OutcomeNames.of(stage.outcome().get(), language) + ")"))
            .append("\"])\n");
        // Class names are neutral words: they stay in the output whatever the journey's language.
        String kind = stage.outcome().get().equals(Stage.SUCCESS) ? "good"
            : stage.outcome().get().equals(Stage.FAILURE) ? "bad" : "ended";
        classes.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
      } else {
        out.append("  ").append(id).append("[\"").append(label(stage.displayName())).append("\"]\n");
      }
    }
    boolean anyLost = false;
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    for (Stage stage : journey.stages()) {
      List<Transition> out1 = leaving.getOrDefault(stage.id(), List.of());
      double[] shares = Transition.effectiveShares(out1);
      double total = 0;
      for (int i = 0; i < out1.size(); i++) {
        Transition t = out1.get(i);
        total += shares[i];
        String to = node.get(t.to());
        if (to == null) {
          continue;
        }
        String share = percent(shares[i], language) + (t.label().isBlank() ? "" : " " + t.label());
        String arrow = likely.contains(t.from() + "\n" + t.to()) ? " ==>|\"" : " -->|\"";
        out.append("  ").append(node.get(stage.id())).append(arrow).append(label(share)).append("\"| ").append(to)
            .append('\n');
      }
      if (!stage.isOutcome() && !out1.isEmpty() && total < 1 - 1e-9) {
        out.append("  ").append(node.get(stage.id())).append(" -.->|\"").append(percent(1 - total, language)).append("\"| gone\n");
        anyLost = true;
      }
    }
    if (anyLost) {
      out.append("  gone([\"").append(label(OutcomeNames.of(JourneyAnalysis.LOST, language))).append("\"])\n");
      classes.computeIfAbsent("bad", k -> new ArrayList<>()).add("gone");
    }
    out.append("  classDef good fill:#d9f2e3,stroke:#1e7a46\n");
    out.append("  classDef bad fill:#fbe3e1,stroke:#b3261e\n");
    out.append("  classDef ended fill:#eeeeee,stroke:#555555\n");
    classes.forEach((kind, ids) -> out.append("  class ").append(String.join(",", ids)).append(' ').append(kind).append('\n'));
    return out.toString();
  }

  /**
   * Each score with the names of the personas who feel it, in the journey's persona order; one
   * entry without names when the journey has no personas.
   */
  private static Map<Integer, List<String>> scoresByPersona(Journey journey, Touchpoint touchpoint) {
    Emotion emotion = touchpoint.emotion().orElse(Emotion.of(0));
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    if (journey.personas().isEmpty()) {
      groups.put(emotion.value() + 3, List.of());
      return groups;
    }
    for (Persona persona : journey.personas()) {
      groups.computeIfAbsent(emotion.forPersona(Optional.of(persona.id())) + 3, k -> new ArrayList<>())
          .add(persona.displayName());
    }
    return groups;
  }

  /**
   * A title: Mermaid's lexer ends it at {@code #} or {@code ;}, so those become their full-width
   * look-alikes, and {@code %%} would start a comment.
   */
  private static String text(String text) {
    return flat(text).replace('#', '＃').replace(';', '；').replace("%%", "% %");
  }

  /**
   * A section or task name: as {@link #text}, and {@code :} (which ends a name) becomes the look-alike
   * U+A789; a name that starts with one of the grammar's words ({@code title}, {@code section}...)
   * gets a zero-width space in front, so that it stays a name ({@link MermaidJourneyParser} drops it).
   */
  private static String name(String name) {
    String safe = text(name).replace(':', '꞉');
    return MermaidJourneyParser.startsWithKeyword(safe) ? "\u200B" + safe : safe;
  }

  /** An actor: as {@link #name}, and a comma (which separates actors) becomes a full-width one. */
  private static String actor(String name) {
    return name(name).replace(',', '，');
  }

  /**
   * Text inside a quoted flowchart label: Mermaid reads {@code #name;} as an entity and HTML in
   * labels, so {@code #}, quotes, angle brackets, ampersands, bars and backticks become entities.
   */
  static String label(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : flat(text).toCharArray()) {
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '|' -> out.append("#124;");
        case '`' -> out.append("#96;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String comment(String text) {
    return flat(text).replace("%%", "% %");
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** A share as a percentage: {@code 85%}, {@code 12.5%}, {@code 33.3%}. */
  /** A share as people read it in the journey's language (a decimal comma in Russian). */
  static String percent(double share, Language language) {
    return language == Language.RU ? percent(share).replace('.', ',') : percent(share);
  }

  static String percent(double share) {
    double value = Math.round(share * 1000) / 10.0;
    return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value)) + "%";
  }
}
