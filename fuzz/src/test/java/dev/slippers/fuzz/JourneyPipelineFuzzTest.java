package dev.slippers.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer over bytes → load → validate → analyse → map SVG, graph SVG, map page, report (HTML,
 * Markdown, JSON), portfolio, index, walk, Mermaid export and diff ({@link Pipeline}).
 *
 * <p>In {@code mvn verify} this replays the seed corpus in
 * {@code src/test/resources/dev/slippers/fuzz/JourneyPipelineFuzzTestInputs/journeyPipeline}: the
 * bundled journeys and the hostile files of issue 12 (an emoji, control characters, huge durations,
 * NaN shares, a loop nobody leaves, ...). With {@code JAZZER_FUZZ=1} it mutates them for
 * {@code maxExecutions} inputs or {@code maxDuration}; see docs/reliability.md. A hang is a finding
 * both ways: {@link Pipeline#bounded} fails an input that runs past {@link Pipeline#INPUT_TIMEOUT} in
 * regression mode, and libFuzzer's {@code -timeout} does it while fuzzing (the documented command
 * sets it; a JUnit {@code @Timeout} would cut the whole fuzzing run instead).
 */
class JourneyPipelineFuzzTest {

  @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
  void journeyPipeline(byte[] input) {
    Pipeline.bounded(() -> Pipeline.run(input));
  }
}
