package dev.slippers.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One customer journey: the stage graph and everything the map shows about it.
 *
 * @param formatVersion the {@code slippers:} version the file was written in
 * @param id            unique id of the journey, used for output file names
 * @param title         free text in any language
 * @param language      language of the labels Slippers generates around the user's text
 * @param persona       id of the default persona, empty when the journey has none
 * @param personas      who walks the journey (own ones and those from included catalogues)
 * @param channels      where touchpoints happen (own ones and those from included catalogues)
 * @param entry         id of the stage where customers enter
 * @param stages        stages in file order
 * @param transitions   transitions in file order
 * @param scoring       weights of the friction formula, defaults where the journey sets none
 * @param economics     volume and value figures for cost estimates, empty when not given
 * @param description   free text, may be empty
 */
public record Journey(
    int formatVersion,
    String id,
    String title,
    Language language,
    Optional<String> persona,
    List<Persona> personas,
    List<Channel> channels,
    String entry,
    List<Stage> stages,
    List<Transition> transitions,
    Scoring scoring,
    Optional<Economics> economics,
    String description) {

  public Journey {
    personas = List.copyOf(personas);
    channels = List.copyOf(channels);
    stages = List.copyOf(stages);
    transitions = List.copyOf(transitions);
  }

  /** The stage with this id, if any. Linear in the number of stages; index with {@link #stagesById()} in loops. */
  public Optional<Stage> stage(String stageId) {
    return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
  }

  /** Stages by id, in file order; the first stage wins where an id is (invalidly) repeated. */
  public Map<String, Stage> stagesById() {
    return byId(stages, Stage::id);
  }

  public Map<String, Channel> channelsById() {
    return byId(channels, Channel::id);
  }

  public Map<String, Persona> personasById() {
    return byId(personas, Persona::id);
  }

  /**
   * Transitions leaving the given stage, in file order. Linear in the number of transitions; group
   * them once with {@link #outgoingByStage()} in loops over stages.
   */
  public List<Transition> outgoing(String stageId) {
    return transitions.stream().filter(t -> t.from().equals(stageId)).toList();
  }

  /** A new map from each stage id to the transitions leaving it, in file order. O(transitions). */
  public Map<String, List<Transition>> outgoingByStage() {
    Map<String, List<Transition>> leaving = new java.util.HashMap<>();
    for (Transition t : transitions) {
      leaving.computeIfAbsent(t.from(), k -> new java.util.ArrayList<>()).add(t);
    }
    return leaving;
  }

  /** Every pain point of the journey, in file order. */
  public List<PainPoint> painPoints() {
    return stages.stream().flatMap(s -> s.painPoints().stream()).toList();
  }

  /** Every touchpoint of the journey, in file order. */
  public List<Touchpoint> touchpoints() {
    return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream()
        .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
