package dev.slippers.analysis;

import dev.slippers.analysis.PersonaExperience.EmotionPoint;
import dev.slippers.model.Emotion;
import dev.slippers.model.Journey;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The emotion curve of every persona that has emotions of its own somewhere in the journey. At a
 * touchpoint without a value for the persona, the touchpoint's overall value stands in (or the
 * rounded-down mean of the per-persona values, see {@link Emotion#forPersona}).
 */
final class Experience {

  private Experience() {}

  static List<PersonaExperience> of(Journey journey) {
    Set<String> personas = new LinkedHashSet<>();
    journey.personas().stream().map(Persona::id).forEach(id -> {
      if (hasOwnEmotion(journey, id)) {
        personas.add(id);
      }
    });
    List<PersonaExperience> found = new ArrayList<>();
    for (String persona : personas) {
      List<EmotionPoint> curve = new ArrayList<>();
      for (Stage stage : journey.stages()) {
        for (Touchpoint tp : stage.touchpoints()) {
          tp.emotion().ifPresent(e -> curve.add(new EmotionPoint(stage.id(), tp.id(), e.forPersona(Optional.of(persona)))));
        }
      }
      if (curve.isEmpty()) {
        continue;
      }
      int lowest = Integer.MAX_VALUE;
      String lowestTouchpoint = "";
      int positive = 0;
      double sum = 0;
      for (EmotionPoint point : curve) {
        if (point.emotion() < lowest) {
          lowest = point.emotion();
          lowestTouchpoint = point.touchpointId();
        }
        positive += point.emotion() > 0 ? 1 : 0;
        sum += point.emotion();
      }
      found.add(new PersonaExperience(persona, curve, (double) positive / curve.size(), lowest, lowestTouchpoint,
          sum / curve.size()));
    }
    return found;
  }

  private static boolean hasOwnEmotion(Journey journey, String persona) {
    for (Stage stage : journey.stages()) {
      for (Touchpoint tp : stage.touchpoints()) {
        if (tp.emotion().map(e -> e.perPersona().containsKey(persona)).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }
}
