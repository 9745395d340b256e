package dev.slippers.evidence;

import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a journey's {@code events:} lists against the activities of a log. An activity maps to
 * the first stage, in file order, one of whose patterns (the stage's own, then its touchpoints')
 * matches it; a stage or touchpoint without {@code events:} matches the activity equal to its id.
 * Patterns are globs ({@code *}, {@code ?}, {@code [abc]}, {@code {a,b}}), matched by the JDK's glob
 * matcher over the whole name, so that no hand-written glob code is needed.
 */
public final class JourneyMapping {

  private JourneyMapping() {}

  public static ActivityMapping of(Journey journey, Iterable<String> activities) {
    Map<String, List<PathMatcher>> patterns = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      List<PathMatcher> matchers = new ArrayList<>();
      add(matchers, stage.events(), stage.id());
      for (Touchpoint t : stage.touchpoints()) {
        add(matchers, t.events(), t.id());
      }
      patterns.put(stage.id(), matchers);
    }
    Map<String, String> stageOf = new LinkedHashMap<>();
    for (String activity : activities) {
      Path name;
      try {
        name = Path.of(activity.replace('/', '\u2215'));
      } catch (RuntimeException e) {
        continue; // a name no path can hold (a NUL character) matches no pattern
      }
      for (Map.Entry<String, List<PathMatcher>> e : patterns.entrySet()) {
        if (e.getValue().stream().anyMatch(m -> m.matches(name))) {
          stageOf.put(activity, e.getKey());
          break;
        }
      }
    }
    return new ActivityMapping(stageOf);
  }

  private static void add(List<PathMatcher> matchers, List<String> events, String id) {
    for (String pattern : events.isEmpty() ? List.of(glob(id)) : events) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace('/', '\u2215')));
    }
  }

  /** An id as a glob matching only itself (ids hold no glob characters, but be exact anyway). */
  private static String glob(String id) {
    return id.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
  }
}
