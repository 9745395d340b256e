package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import dev.slippers.model.Transition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order stages are drawn in: topological over the condensation, loops from their entry. */
class FlowOrderTest {

  private static Journey read(String stages, String transitions) {
    String yaml = "slippers: 1\nid: order\ntitle: Order\nentry: a\nstages:\n" + stages + "transitions:\n" + transitions;
    return new JourneyLoader(Path.of(".")).parse("order.yaml", yaml).journey().orElseThrow();
  }

  private static String stages(String... ids) {
    StringBuilder text = new StringBuilder();
    for (String id : ids) {
      String outcome = switch (id) {
        case "win" -> ", outcome: success";
        case "fail" -> ", outcome: failure";
        case "gone" -> ", outcome: gave-up";
        default -> "";
      };
      text.append("  - {id: ").append(id).append(", name: ").append(id).append(outcome).append("}\n");
    }
    return text.toString();
  }

  @Test
  void aDetourThatRejoinsComesBeforeTheStageItRejoins() {
    // a -> d directly and a -> b -> c -> d as a detour: breadth-first distance would give a, b, d, c.
    Journey journey = read(stages("a", "b", "c", "d", "win"), """
          - {from: a, to: d, share: 60%}
          - {from: a, to: b, share: 40%}
          - {from: b, to: c}
          - {from: c, to: d}
          - {from: d, to: win}
        """);
    FlowOrder order = FlowOrder.of(journey);
    assertEquals(List.of("a", "b", "c", "d", "win"), order.stages());
    journey.transitions().forEach(t -> assertFalse(order.isBackward(t), t.toString()));
    assertEquals(List.of(0, 1, 2, 3, 4), order.stages().stream().map(order::layer).toList());
  }

  @Test
  void theDetourIsOrderedFirstEvenWhenTheFileListsItLast() {
    Journey journey = read(stages("a", "d", "win", "c", "b"), """
          - {from: a, to: d, share: 60%}
          - {from: a, to: b, share: 40%}
          - {from: b, to: c}
          - {from: c, to: d}
          - {from: d, to: win}
        """);
    assertEquals(List.of("a", "b", "c", "d", "win"), FlowOrder.of(journey).stages());
  }

  @Test
  void independentBranchesFollowTheFile() {
    Journey journey = read(stages("a", "x", "y", "z", "win", "fail"), """
          - {from: a, to: y, share: 50%}
          - {from: a, to: x, share: 50%}
          - {from: x, to: fail}
          - {from: y, to: z}
          - {from: z, to: win}
        """);
    // x and y are both ready after a: the file lists x first. Outcomes last, success first.
    assertEquals(List.of("a", "x", "y", "z", "win", "fail"), FlowOrder.of(journey).stages());
  }

  @Test
  void aLoopIsOrderedFromWhereTheFlowComesIntoIt() {
    // b -> c -> d -> b is a loop entered at b (from a); d also leaves it. The file lists d first.
    Journey journey = read(stages("a", "d", "c", "b", "win", "gone"), """
          - {from: a, to: b}
          - {from: b, to: c}
          - {from: c, to: d, share: 70%}
          - {from: c, to: gone, share: 30%}
          - {from: d, to: b, share: 40%}
          - {from: d, to: win, share: 60%}
        """);
    FlowOrder order = FlowOrder.of(journey);
    assertEquals(List.of("a", "b", "c", "d", "win", "gone"), order.stages());
    List<String> backward = journey.transitions().stream().filter(order::isBackward)
        .map(t -> t.from() + ">" + t.to()).toList();
    assertEquals(List.of("d>b"), backward, "only the edge closing the loop points back");
  }

  @Test
  void aShortcutInsideALoopStillGoesForward() {
    // Loop b -> c -> e -> b with a shortcut b -> e listed first: the depth-first walk meets the
    // shortcut first, yet the order is b, c, e because c -> e must go forward too.
    Journey journey = read(stages("a", "b", "c", "e", "win"), """
          - {from: a, to: b}
          - {from: b, to: e, share: 50%}
          - {from: b, to: c, share: 50%}
          - {from: c, to: e}
          - {from: e, to: b, share: 30%}
          - {from: e, to: win, share: 70%}
        """);
    FlowOrder order = FlowOrder.of(journey);
    assertEquals(List.of("a", "b", "c", "e", "win"), order.stages());
    assertEquals(List.of("e>b"), journey.transitions().stream().filter(order::isBackward)
        .map(t -> t.from() + ">" + t.to()).toList());
  }

  @Test
  void anEntryInsideALoopComesFirstAndASelfLoopIsBackward() {
    Journey journey = read(stages("b", "a", "win"), """
          - {from: a, to: b}
          - {from: b, to: b, share: 20%}
          - {from: b, to: a, share: 30%}
          - {from: b, to: win, share: 50%}
        """);
    FlowOrder order = FlowOrder.of(journey);
    assertEquals(List.of("a", "b", "win"), order.stages());
    assertEquals(List.of("b>b", "b>a"), journey.transitions().stream().filter(order::isBackward)
        .map(t -> t.from() + ">" + t.to()).toList());
  }

  @Test
  void stagesNobodyReachesComeAfterTheFlowAndBeforeTheOutcomes() {
    Journey journey = read(stages("orphan", "a", "b", "win"), """
          - {from: orphan, to: b}
          - {from: a, to: b}
          - {from: b, to: win}
        """);
    assertEquals(List.of("a", "b", "orphan", "win"), FlowOrder.of(journey).stages());
  }

  /** On random graphs: every stage once, and the only backward edges close a cycle or leave an unreachable stage. */
  @Test
  void onGeneratedGraphsOnlyEdgesThatCloseACycleGoBackwards() {
    Random random = new Random(8);
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(9);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add("s" + i);
      }
      ids.add("win");
      StringBuilder transitions = new StringBuilder("  - {from: a, to: s0}\n");
      for (int i = 0; i < n; i++) {
        int degree = 1 + random.nextInt(3);
        for (int k = 0; k < degree; k++) {
          int target = random.nextInt(n + 1);
          transitions.append("  - {from: s").append(i).append(", to: ")
              .append(target == n ? "win" : "s" + target).append("}\n");
        }
      }
      List<String> all = new ArrayList<>(List.of("a"));
      all.addAll(ids);
      Journey journey = read(stages(all.toArray(String[]::new)), transitions.toString());
      FlowOrder order = FlowOrder.of(journey);
      assertEquals(all.size(), order.stages().size());
      assertEquals(all.size(), order.stages().stream().distinct().count());
      assertEquals("a", order.stages().get(0));
      assertEquals("win", order.stages().get(order.stages().size() - 1));
      for (Transition t : journey.transitions()) {
        if (order.isBackward(t)) {
          boolean unreachable = !reaches(journey, "a", t.from());
          assertTrue(t.from().equals(t.to()) || reaches(journey, t.to(), t.from()) || unreachable,
              "round " + round + ": " + t + " goes back without closing a cycle");
        } else {
          assertTrue(order.layer(t.to()) > order.layer(t.from()), "round " + round + ": " + t);
        }
      }
    }
  }

  private static boolean reaches(Journey journey, String from, String to) {
    List<String> queue = new ArrayList<>(List.of(from));
    java.util.Set<String> seen = new java.util.HashSet<>(queue);
    for (int i = 0; i < queue.size(); i++) {
      for (Transition t : journey.outgoing(queue.get(i))) {
        if (t.to().equals(to)) {
          return true;
        }
        if (seen.add(t.to())) {
          queue.add(t.to());
        }
      }
    }
    return false;
  }
}
