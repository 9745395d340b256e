package dev.slippers.analysis;

import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every place where customers must change channel: between consecutive touchpoints of a stage
 * (probability: the stage's reach) and across a transition, from the last touchpoint with a channel
 * of one stage to the first of the next (probability: the expected number of customers taking the
 * transition, capped at 1, which is the probability itself outside loops). Touchpoints without a
 * channel are skipped, and so is a switch into a touchpoint the business initiates
 * ({@code initiated_by: business}): a proactive push or a booked courier is service, not friction. Most travelled first, then by touchpoint ids.
 */
final class ChannelSwitches {

  private ChannelSwitches() {}

  static List<ChannelSwitch> of(StageGraph g, Flow flow) {
    List<ChannelSwitch> found = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      Touchpoint previous = null;
      for (Touchpoint tp : stage.touchpoints()) {
        if (tp.channel().isEmpty()) {
          continue;
        }
        if (previous != null && !previous.channel().equals(tp.channel()) && !tp.businessInitiated()
            && flow.reach[s] > 0) {
          found.add(new ChannelSwitch(previous.id(), tp.id(), previous.channel().get(), tp.channel().get(),
              flow.reach[s]));
        }
        previous = tp;
      }
      Optional<Touchpoint> last = Friction.lastChannelTouchpoint(stage);
      if (last.isEmpty()) {
        continue;
      }
      for (int k = 0; k < g.successors[s].length; k++) {
        Optional<Touchpoint> first = Friction.firstChannelTouchpoint(g.stages.get(g.successors[s][k]));
        double probability = Math.min(1, flow.traversals[s][k]);
        if (first.isPresent() && !first.get().businessInitiated() && !first.get().channel().equals(last.get().channel())
            && probability > 0) {
          found.add(new ChannelSwitch(last.get().id(), first.get().id(), last.get().channel().get(),
              first.get().channel().get(), probability));
        }
      }
    }
    found.sort(Comparator.comparingDouble(ChannelSwitch::probability).reversed()
        .thenComparing(ChannelSwitch::fromTouchpoint).thenComparing(ChannelSwitch::toTouchpoint));
    return found;
  }
}
