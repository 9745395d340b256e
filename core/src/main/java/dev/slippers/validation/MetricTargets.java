package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.Stage;
import java.util.function.Consumer;

/**
 * {@code metric.no-target} (warning): a metric is only useful against a target, so one without is
 * flagged, though the journey stays valid.
 */
final class MetricTargets implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    for (Stage stage : journey.stages()) {
      for (Metric metric : stage.metrics().values()) {
        if (metric.target().isEmpty()) {
          report.accept(Diagnostic.warning("metric.no-target",
              sources.keyAt(sources.pointer(stage) + "/metrics/" + SourceMap.segment(metric.key())),
              "metric '" + metric.key() + "' of stage '" + stage.id() + "' has no target",
              "add 'target: ...' so reports can say whether it is met"));
        }
      }
    }
  }
}
