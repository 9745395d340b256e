package dev.slippers.mermaid;

import dev.slippers.model.Emotion;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Persona;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a Mermaid {@code journey} into a Slippers journey, and says what it had to assume, since a
 * Mermaid journey has no branches, shares, outcomes or ids:
 *
 * <ul>
 *   <li>each section becomes a stage, in a line: every customer goes on to the next section, and
 *       the last section is the {@code success} outcome;
 *   <li>each task becomes a touchpoint whose action is the task's name; consecutive tasks of one
 *       section with the same name become one touchpoint with an emotion per actor (that is how
 *       {@link MermaidExport} writes personas who feel differently);
 *   <li>a score from 1 to 5 becomes an emotion from -2 to 2 (score minus 3);
 *   <li>each actor becomes a persona, and the actors of a task feel its score; a task without
 *       actors gives one emotion for everyone;
 *   <li>ids are made from the names (lower case, latin letters and digits joined by {@code -}).
 * </ul>
 */
public final class MermaidImport {

  /** The journey and the assumptions made, in the order they apply, for the user to read. */
  public record Imported(Journey journey, List<String> assumptions) {

    public Imported {
      assumptions = List.copyOf(assumptions);
    }
  }

  private MermaidImport() {}

  /**
   * @param diagram  the diagram as read
   * @param fileStem the name of the file without its extension: the id and title when the diagram
   *                 has no title
   */
  public static Imported toJourney(MermaidJourney diagram, String fileStem) {
    List<String> assumed = new ArrayList<>();
    String title = restore(!diagram.title().isBlank() ? diagram.title().strip() : diagram.accTitle().strip());
    if (title.isEmpty()) {
      title = fileStem;
      assumed.add("the diagram has no title; the file name '" + fileStem + "' is used");
    } else if (diagram.title().isBlank()) {
      assumed.add("the diagram has no title; its accTitle is used");
    } else if (!diagram.accTitle().isBlank() && !diagram.accTitle().strip().equals(title)) {
      assumed.add("accTitle '" + diagram.accTitle().strip() + "' is not kept (the title is)");
    }
    Ids ids = new Ids();
    String journeyId = ids.make(title, "journey");
    Language language = looksRussian(diagram) ? Language.RU : Language.EN;
    if (language == Language.RU) {
      assumed.add("language: ru, because the text is in Cyrillic");
    }

    Map<String, Persona> personas = new LinkedHashMap<>();
    Ids personaIds = new Ids();
    Ids stageIds = new Ids();
    Ids touchpointIds = new Ids();
    List<Stage> stages = new ArrayList<>();
    int merged = 0;
    for (MermaidJourney.Section section : diagram.sections()) {
      String name = section.name().isEmpty() ? title : restore(section.name());
      if (section.name().isEmpty()) {
        assumed.add("the tasks before the first section (line " + section.line() + ") form a stage named after the title");
      }
      List<Touchpoint> touchpoints = new ArrayList<>();
      List<MermaidJourney.Task> tasks = section.tasks();
      for (int i = 0; i < tasks.size(); i++) {
        MermaidJourney.Task task = tasks.get(i);
        Map<String, Integer> perPersona = new LinkedHashMap<>();
        OptionalInt overall = OptionalInt.empty();
        int j = i;
        do {
          MermaidJourney.Task part = tasks.get(j);
          if (part.actors().isEmpty()) {
            overall = OptionalInt.of(part.score() - 3);
          }
          for (String actor : part.actors().stream().map(MermaidImport::restore).toList()) {
            Persona persona = personas.computeIfAbsent(actor,
                a -> new Persona(personaIds.make(a, "persona"), a, "", ""));
            perPersona.putIfAbsent(persona.id(), part.score() - 3);
          }
          j++;
        } while (j < tasks.size() && continues(task, tasks.subList(i, j), tasks.get(j)));
        merged += j - i - 1;
        i = j - 1;
        Emotion emotion = new Emotion(perPersona.isEmpty() ? overall : OptionalInt.empty(), perPersona);
        String action = restore(task.name());
        touchpoints.add(new Touchpoint(touchpointIds.make(action, "task"), Optional.empty(), "customer",
            action, Optional.empty(), Optional.of(emotion), "", List.of(), List.of(), List.of(), List.of()));
      }
      stages.add(new Stage(stageIds.make(name, "stage"), name, "", Optional.empty(), touchpoints, List.of(), List.of(),
          Map.of()));
    }
    if (merged > 0) {
      assumed.add(merged + " task(s) with the same name as the task before them became one touchpoint with an emotion "
          + "per persona");
    }
    List<Transition> transitions = new ArrayList<>();
    for (int i = 0; i + 1 < stages.size(); i++) {
      transitions.add(new Transition(stages.get(i).id(), stages.get(i + 1).id(), OptionalDouble.empty(), ""));
    }
    Stage last = stages.get(stages.size() - 1);
    stages.set(stages.size() - 1, new Stage(last.id(), last.name(), last.description(), Optional.of(Stage.SUCCESS),
        last.touchpoints(), last.painPoints(), last.opportunities(), last.metrics()));
    assumed.add("customers go through the " + stages.size() + " section(s) in order, all of them, and the last one ('"
        + last.name() + "') is the success outcome; add shares, branches and failure outcomes by hand");
    assumed.add("scores 1..5 became emotions -2..2 (score minus 3)");
    if (!personas.isEmpty()) {
      assumed.add("actors became personas: " + String.join(", ", personas.values().stream()
          .map(p -> p.id() + " (" + p.name() + ")").toList()) + "; the first, " + personas.values().iterator().next().id()
          + ", is the journey's persona");
    }
    if (diagram.comments() > 0) {
      assumed.add(diagram.comments() + " comment(s) and directive(s) are not kept");
    }
    Journey journey = new Journey(1, journeyId, title, language,
        personas.values().stream().findFirst().map(Persona::id), List.copyOf(personas.values()), List.of(),
        stages.get(0).id(), stages, transitions, Scoring.DEFAULT, Optional.empty(), diagram.accDescr().strip());
    return new Imported(journey, assumed);
  }

  /**
   * Whether {@code next} is the same touchpoint felt by other actors: the same name, right after,
   * and only actors not yet met in the group (a person doing the same task twice does it twice).
   */
  private static boolean continues(MermaidJourney.Task first, List<MermaidJourney.Task> group, MermaidJourney.Task next) {
    if (!next.name().equals(first.name()) || first.actors().isEmpty() || next.actors().isEmpty()) {
      return false;
    }
    return group.stream().flatMap(t -> t.actors().stream()).noneMatch(next.actors()::contains);
  }

  /**
   * The characters Mermaid cannot hold in names, back from the look-alikes {@link MermaidExport}
   * writes for them: the full-width {@code ；}, {@code ＃} and {@code ，}, and U+A789 for {@code :}.
   */
  static String restore(String text) {
    return text.replace('；', ';').replace('＃', '#').replace('，', ',').replace('꞉', ':');
  }

  private static boolean looksRussian(MermaidJourney diagram) {
    StringBuilder text = new StringBuilder(diagram.title());
    diagram.sections().forEach(s -> {
      text.append(s.name());
      s.tasks().forEach(t -> text.append(t.name()));
    });
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  /**
   * Ids made from names, unique within one kind: {@code "Go to work"} gives {@code go-to-work}, a
   * second one {@code go-to-work-2}; a name with no latin letter or digit (Cyrillic, say) gives the
   * fallback and a number.
   */
  private static final class Ids {

    private final Set<String> used = new HashSet<>();
    private int unnamed;

    String make(String name, String fallback) {
      String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
          .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      if (base.length() > 40) {
        base = base.substring(0, 40).replaceAll("-+$", "");
      }
      if (base.isEmpty()) {
        base = fallback + "-" + ++unnamed;
      }
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }
  }
}
