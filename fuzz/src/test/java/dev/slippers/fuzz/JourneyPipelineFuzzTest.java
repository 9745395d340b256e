package dev.slippers.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer over bytes → load → validate → analyse → map SVG, graph SVG, map page, report (HTML,
 * Markdown, JSON), portfolio, index, walk, Mermaid export and diff ({@link Pipeline}).
 *
 * <p>In {@code mvn verify} this replays the seed corpus in
 * {@code src/test/resources/dev/slippers/fuzz/JourneyPipelineFuzzTestInputs/journeyPipeline}: the
 * bundled journeys and the hostile files of issue 12 (an emoji, control characters, huge durations,
 * NaN shares, a loop nobody leaves, ...). With {@code JAZZER_FUZZ=1} it mutates them for
 * {@code maxDuration}; see docs/reliability.md. The timeout is per input: Jazzer passes it on to
 * libFuzzer, so a hang is a finding, not a stuck build.
 */
class JourneyPipelineFuzzTest {

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void journeyPipeline(byte[] input) {
    Pipeline.run(input);
  }
}
