package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each stated limit of the reader (docs/reliability.md), at the limit and one step past it: at the
 * limit the input is taken (whatever else may be wrong with it), one past it the problem names the
 * limit ({@code yaml.limits}, {@code value.range}).
 */
class LimitsTest {

  @TempDir Path dir;

  private static List<Diagnostic> parse(String yaml) {
    return new JourneyLoader(Path.of(".")).parse("limits.yaml", yaml).diagnostics();
  }

  private static boolean has(List<Diagnostic> problems, String rule) {
    return problems.stream().anyMatch(d -> d.ruleId().equals(rule));
  }

  private static String journeyWith(String touchpoint, String metric) {
    return "slippers: 1\nid: limits\ntitle: Limits\nstages:\n"
        + "  - id: a\n    name: A\n    touchpoints:\n      - {id: t, action: Acts" + touchpoint + "}\n"
        + (metric.isEmpty() ? "" : "    metrics:\n      m: {" + metric + "}\n")
        + "  - {id: b, name: B, outcome: success}\ntransitions:\n  - {from: a, to: b}\n";
  }

  @Test
  void nestingIsTakenToTheMaximumDepthAndRefusedOneDeeper() {
    // The root mapping is depth 1, so k brackets under a key reach depth 1 + k.
    int k = YamlTreeReader.MAX_DEPTH - 1;
    String base = "slippers: 1\nid: deep\ntitle: Deep\nx: ";
    assertFalse(has(parse(base + "[".repeat(k) + "]".repeat(k) + "\n"), "yaml.limits"), "depth " + (k + 1));
    List<Diagnostic> past = parse(base + "[".repeat(k + 1) + "]".repeat(k + 1) + "\n");
    assertTrue(has(past, "yaml.limits"), past.toString());
  }

  @Test
  void aDurationOfAHundredYearsIsTakenAndOneDayMoreIsRefused() {
    List<Diagnostic> at = parse(journeyWith(", duration: P36525D", ""));
    assertFalse(has(at, "value.range"), at.toString());
    assertTrue(at.stream().noneMatch(Diagnostic::isError), at.toString());
    List<Diagnostic> past = parse(journeyWith(", duration: P36526D", ""));
    assertTrue(has(past, "value.range"), past.toString());
  }

  @Test
  void aNumberOfAMillionBillionIsTakenAndAnyLargerIsRefused() {
    String economics = "economics: {customers: 8000, period: month, currency: EUR, value_per_success: ";
    List<Diagnostic> at = parse(journeyWith("", "") + economics + "1e15}\n");
    assertFalse(has(at, "value.range"), at.toString());
    assertTrue(at.stream().noneMatch(Diagnostic::isError), at.toString());
    List<Diagnostic> past = parse(journeyWith("", "") + economics + "1.000001e15}\n");
    assertTrue(has(past, "value.range"), past.toString());
  }

  @Test
  void aFileOfExactlyTheMaximumSizeIsReadAndOneByteMoreIsNot() throws IOException {
    Path at = dir.resolve("at.yaml");
    Path past = dir.resolve("past.yaml");
    // Sparse files: the size is checked before reading; the file at the limit is read (and found binary).
    try (RandomAccessFile out = new RandomAccessFile(at.toFile(), "rw")) {
      out.setLength(JourneyLoader.MAX_FILE_BYTES);
    }
    try (RandomAccessFile out = new RandomAccessFile(past.toFile(), "rw")) {
      out.setLength(JourneyLoader.MAX_FILE_BYTES + 1);
    }
    JourneyLoader loader = new JourneyLoader(dir);
    List<Diagnostic> read = loader.load(at).diagnostics();
    assertFalse(has(read, "yaml.limits"), read.toString());
    assertTrue(has(read, "file.binary"), read.toString());
    Files.delete(at);
    List<Diagnostic> refused = loader.load(past).diagnostics();
    assertTrue(has(refused, "yaml.limits"), refused.toString());
  }

  /**
   * A document of {@code 1 + 1000 x 31,999 + extra} nodes: a root sequence holding an anchored list of
   * 31,998 scalars (31,999 nodes with the list itself), 999 aliases to it (each charged at its full
   * size) and {@code extra} plain scalars. Aliases share the list, so this costs 100 KB of text.
   */
  private static String expandingTo(int extra) {
    StringBuilder yaml = new StringBuilder("- &a [").append("x, ".repeat(31_997)).append("x]\n");
    yaml.append("- *a\n".repeat(999));
    yaml.append("- x\n".repeat(extra));
    return yaml.toString();
  }

  @Test
  void aDocumentExpandingToExactlyTheMaximumNodesIsTakenAndOneMoreIsRefused() {
    assertEquals(32_000_000, 1 + 1_000 * 31_999 + 999, "the arithmetic of the document below");
    YamlTreeReader.Result at = YamlTreeReader.read("at.yaml", expandingTo(999));
    assertEquals(List.of(), at.problems());
    assertTrue(at.root().isPresent());
    YamlTreeReader.Result past = YamlTreeReader.read("past.yaml", expandingTo(1_000));
    assertEquals(1, past.problems().size(), past.problems().toString());
    Diagnostic problem = past.problems().get(0);
    assertEquals("yaml.limits", problem.ruleId());
    assertEquals("the YAML expands to more than 32000000 nodes", problem.message());
    // Where the count went past the limit: the last extra scalar, line 1 + 999 + 1000.
    assertEquals(2_000, problem.where().line());
  }

  @Test
  void aThousandAliasesToCollectionsAreTakenAndOneMoreIsRefused() {
    String at = "- &a [x]\n" + "- *a\n".repeat(1_000);
    assertEquals(List.of(), YamlTreeReader.read("at.yaml", at).problems());
    List<Diagnostic> past = YamlTreeReader.read("past.yaml", at + "- *a\n").problems();
    assertEquals(1, past.size(), past.toString());
    assertEquals("yaml.limits", past.get(0).ruleId(), past.toString());
    assertEquals("the YAML has more than 1000 aliases to mappings or lists", past.get(0).message());
    assertEquals(1_002, past.get(0).where().line(), "at the alias one past the limit");
  }
}
