package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  @TempDir Path out;

  @Test
  void buildsEveryOutputForEveryJourneyAndAnIndexLinkingThemAll() throws Exception {
    CliRun run = CliRun.of("build", "../journeys", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> ids = List.of("shirt-store", "shirt-marketplace", "pizza-delivery");
    for (String id : ids) {
      for (String suffix : List.of(".html", ".svg", ".png", "-graph.svg", "-report.html", "-report.md", "-report.json",
          "-walk.html")) {
        assertTrue(Files.size(out.resolve(id + suffix)) > 0, id + suffix);
      }
    }
    String index = Files.readString(out.resolve("index.html"));
    Matcher links = Pattern.compile("<a href=\"([^\"]+)\"").matcher(index);
    int count = 0;
    while (links.find()) {
      assertTrue(Files.isRegularFile(out.resolve(links.group(1))), "index links an existing file: " + links.group(1));
      count++;
    }
    assertTrue(count >= 1 + 8 * ids.size(), "the portfolio and every output of every journey: " + count);
    assertTrue(index.indexOf("data-journey=\"shirt-store\"") < index.indexOf("data-journey=\"shirt-marketplace\""),
        "roughest journey first");
    assertTrue(Files.readString(out.resolve("portfolio.md")).contains("shirt\\-marketplace"));
  }

  @Test
  void buildingTwiceGivesTheSameBytes() throws Exception {
    assertEquals(0, CliRun.of("build", "../journeys", "-o", out.resolve("a").toString()).exitCode());
    assertEquals(0, CliRun.of("build", "../journeys", "-o", out.resolve("b").toString()).exitCode());
    List<Path> files;
    try (var listing = Files.list(out.resolve("a"))) {
      files = listing.sorted().toList();
    }
    assertTrue(files.size() > 20);
    for (Path file : files) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(out.resolve("b").resolve(file.getFileName()))),
          file.getFileName() + " differs between two builds");
    }
  }

  @Test
  void invalidJourneysAreReportedAndLeftOutWhileTheOthersBuild() throws Exception {
    Path journeys = Files.createDirectories(out.resolve("in"));
    Files.copy(Path.of("../journeys/shirt-marketplace.yaml"), journeys.resolve("shirt-marketplace.yaml"));
    Files.copy(Path.of("../journeys/catalogue.yaml"), journeys.resolve("catalogue.yaml"));
    Files.copy(Path.of("../core/src/test/resources/invalid/values.yaml"), journeys.resolve("broken.yaml"));
    CliRun run = CliRun.of("build", journeys.toString(), "-o", out.resolve("site").toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertTrue(run.err().contains("broken.yaml:"), run.err());
    assertTrue(Files.isRegularFile(out.resolve("site/shirt-marketplace-walk.html")));
    assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
  }
}
