package dev.slippers.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyWriter;
import dev.slippers.mermaid.MermaidImport;
import dev.slippers.mermaid.MermaidJourneyParser;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer over {@code slippers import mermaid}: a Mermaid journey diagram is parsed into located
 * problems or a diagram; the diagram becomes a journey, written as YAML; that YAML must load back as
 * a valid journey, and that journey goes through the whole {@link Pipeline}.
 *
 * <p>Seeds: the Mermaid export of every bundled journey and a few malformed diagrams, in
 * {@code src/test/resources/dev/slippers/fuzz/MermaidImportFuzzTestInputs/mermaidImport}.
 */
class MermaidImportFuzzTest {

  @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
  void mermaidImport(byte[] input) {
    Pipeline.bounded(() -> importAndRender(input));
  }

  private static void importAndRender(byte[] input) {
    byte[] bounded = input.length > Pipeline.MAX_INPUT_BYTES ? java.util.Arrays.copyOf(input, Pipeline.MAX_INPUT_BYTES) : input;
    MermaidJourneyParser.Result parsed = MermaidJourneyParser.parse("fuzz.mmd", new String(bounded, StandardCharsets.UTF_8));
    for (Diagnostic d : parsed.problems()) {
      assertTrue(d.format().startsWith("fuzz.mmd:"), d.format());
    }
    if (parsed.journey().isEmpty()) {
      assertFalse(parsed.problems().isEmpty(), "no diagram and no problem");
      return;
    }
    String yaml = JourneyWriter.write(MermaidImport.toJourney(parsed.journey().get(), "fuzz").journey());
    assertTrue(Pipeline.run(yaml.getBytes(StandardCharsets.UTF_8)).isPresent(),
        "the imported journey is valid:\n" + yaml);
  }
}
