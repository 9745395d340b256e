package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.io.JourneyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final Path MARKETPLACE = Path.of("../core/src/test/resources/valid/marketplace.yaml");
  private static final Path BUNDLED = Path.of("../journeys");

  @TempDir Path dir;

  @Test
  void theTextSummaryShowsOutcomesFrictionAndPaths() {
    CliRun run = CliRun.of("analyze", MARKETPLACE.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    // A Russian journey: every word Slippers adds is Russian, with decimal commas.
    assertTrue(run.out().startsWith("Путь shirt-marketplace: Рубашка на маркетплейсе\n"), run.out());
    assertTrue(run.out().contains("Исходы: неудача 4,4%, потеряны 1,1%, успех 94,5%\n"), run.out());
    assertTrue(run.out().contains("Ценность: 28\u00a0млн\u00a0RUB за месяц, в лучшем случае 30\u00a0млн\u00a0RUB"), run.out());
    assertTrue(run.out().contains("  1. 85,5%  order > fitting > paid  (успех, трение 2,66)\n"), run.out());
    assertTrue(run.out().contains("size-uncertainty (order): действие на поток не указано; влияние 1,6"), run.out());
    assertEquals("", run.err());
  }

  /**
   * 1,001 stages in a ring that customers leave once in 10⁷ per stage: the flow solve stops at its
   * bound in work (core's ApproximateAnalysisTest), and both outputs say so; an ordinary journey says
   * it is exact.
   */
  @Test
  void anAnalysisStoppedAtItsBoundInWorkSaysItIsApproximate() throws Exception {
    StringBuilder yaml = new StringBuilder("slippers: 1\nid: ring\ntitle: A ring nobody leaves\nstages:\n");
    StringBuilder transitions = new StringBuilder("transitions:\n");
    int n = 1_001;
    for (int i = 0; i < n; i++) {
      yaml.append("  - {id: r").append(i).append(", name: Round ").append(i).append("}\n");
      transitions.append("  - {from: r").append(i).append(", to: done, share: 0.00001%}\n");
      transitions.append("  - {from: r").append(i).append(", to: r").append((i + 1) % n).append("}\n");
    }
    yaml.append("  - {id: done, name: Done, outcome: success}\n").append(transitions);
    Path ring = Files.writeString(dir.resolve("ring.yaml"), yaml);

    CliRun text = CliRun.of("analyze", ring.toString());
    assertEquals(ExitCode.OK, text.exitCode(), text.err());
    assertTrue(text.out().startsWith("Journey ring: A ring nobody leaves\nApproximate: the flow through a loop of 1001"
        + " stages did not settle within the solver's bound in work (5 × 10⁷ transitions per loop), so visits, outcomes"
        + " and every figure made from them are the values reached when it stopped, not exact.\nOutcomes: "), text.out());

    CliRun json = CliRun.of("analyze", "--format", "json", ring.toString());
    assertEquals(ExitCode.OK, json.exitCode(), json.err());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertTrue(root.get("approximate").asBoolean());
    assertEquals("flow.sweep-work", root.at("/approximation/bound").asText());
    assertEquals(1_001, root.at("/approximation/stages").asInt());

    JsonNode exact = new ObjectMapper().readTree(CliRun.of("analyze", "--format", "json", MARKETPLACE.toString()).out());
    assertFalse(exact.get("approximate").asBoolean());
    assertFalse(exact.has("approximation"));
    assertFalse(CliRun.of("analyze", MARKETPLACE.toString()).out().contains("риближ"));
  }

  @Test
  void jsonIsTheStableContractAndIdenticalFromRunToRun() throws Exception {
    CliRun first = CliRun.of("analyze", "--format", "json", "--top", "2", MARKETPLACE.toString());
    CliRun second = CliRun.of("analyze", "--format", "json", "--top", "2", MARKETPLACE.toString());
    assertEquals(ExitCode.OK, first.exitCode(), first.err());
    assertEquals(first.out(), second.out());
    JsonNode json = new ObjectMapper().readTree(first.out());
    assertEquals("shirt-marketplace", json.get("journey").asText());
    assertEquals(0.944751381215, json.get("outcomes").get("success").asDouble(), 1e-12);
    assertEquals(2, json.get("paths").get("likely").size());
    assertFalse(json.has("whatIf"));
  }

  @Test
  void fixesShowTheChangeInFrictionAndOutcomes() throws Exception {
    CliRun run = CliRun.of("analyze", "--format", "json", "--fix", "size-uncertainty", MARKETPLACE.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode whatIf = new ObjectMapper().readTree(run.out()).get("whatIf");
    // size-uncertainty declares no effect on the flow: fixing it removes its friction and moves nobody.
    assertEquals(whatIf.get("outcomesBefore"), whatIf.get("outcomesAfter"));
    assertEquals(whatIf.get("valueBefore"), whatIf.get("valueAfter"));
    assertTrue(whatIf.get("totalFrictionAfter").asDouble() < whatIf.get("totalFrictionBefore").asDouble());
    CliRun text = CliRun.of("analyze", "--fix", "size-uncertainty", MARKETPLACE.toString());
    assertTrue(text.out().contains("Если исправить size-uncertainty:\n"), text.out());
  }

  @Test
  void anUnknownFixIsAUsageErrorWithDidYouMean() {
    CliRun run = CliRun.of("analyze", "--fix", "size-uncertanty", MARKETPLACE.toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertEquals("slippers: --fix size-uncertanty: journey 'shirt-marketplace' has no pain point 'size-uncertanty' "
        + "(did you mean 'size-uncertainty'?)\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void anInvalidJourneyIsReportedLikeValidateAndExitsOne() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "slippers: 1\nid: bad\ntitle: Bad\nstages:\n  - {id: a, name: A}\n");
    CliRun run = CliRun.of("analyze", file.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertTrue(run.err().contains(file + ":5:3: error: "), run.err());
    assertTrue(run.err().contains("[stage.no-outcome]"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingFileOrAFolderIsAUsageError() {
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("analyze", dir.resolve("nope.yaml").toString()).exitCode());
    CliRun folder = CliRun.of("analyze", dir.toString());
    assertEquals(ExitCode.USAGE_OR_IO, folder.exitCode());
    assertTrue(folder.err().contains("give one journey file"), folder.err());
  }

  @TestFactory
  Stream<DynamicTest> everyBundledJourneyAnalysesInBothFormats() throws Exception {
    List<Path> files = new ArrayList<>(List.of(MARKETPLACE));
    if (Files.isDirectory(BUNDLED)) {
      for (Path file : JourneyLoader.discover(BUNDLED)) {
        if (!Files.readString(file).lines().anyMatch(l -> l.startsWith("catalogue:"))) {
          files.add(file);
        }
      }
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      CliRun text = CliRun.of("analyze", "--root", file.getParent().toString(), file.toString());
      assertEquals(ExitCode.OK, text.exitCode(), text.err());
      assertTrue(text.out().startsWith("Journey ") || text.out().startsWith("Путь "), text.out());
      CliRun json = CliRun.of("analyze", "--format", "json", "--root", file.getParent().toString(), file.toString());
      assertEquals(ExitCode.OK, json.exitCode(), json.err());
      assertTrue(new ObjectMapper().readTree(json.out()).get("outcomes").has("lost"));
    }));
  }
}
