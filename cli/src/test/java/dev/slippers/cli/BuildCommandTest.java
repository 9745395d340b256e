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
      for (String suffix : List.of(".html", ".svg", "-graph.svg", "-report.html", "-report.md", "-report.json",
          "-walk.html")) {
        assertTrue(Files.size(out.resolve(id + suffix)) > 0, id + suffix);
      }
      assertTrue(Files.notExists(out.resolve(id + ".png")), "no PNG by default: " + id);
      assertTrue(Files.readString(out.resolve(id + ".html")).contains("data-file=\"" + id + ".png\""),
          "the page saves its own PNG: " + id);
    }
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(!index.contains(".png") && !index.contains("Not built"), "the index neither links nor misses a PNG");
    Matcher links = Pattern.compile("<a href=\"([^\"]+)\"").matcher(index);
    int count = 0;
    while (links.find()) {
      assertTrue(Files.isRegularFile(out.resolve(links.group(1))), "index links an existing file: " + links.group(1));
      count++;
    }
    assertTrue(count >= 1 + 7 * ids.size(), "the portfolio and every output of every journey: " + count);
    assertTrue(index.indexOf("data-journey=\"shirt-store\"") < index.indexOf("data-journey=\"shirt-marketplace\""),
        "most value at risk first: 18 M RUB against 5.2 M RUB");
    assertTrue(Files.readString(out.resolve("portfolio.md")).contains("(shirt-marketplace)"));
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

  @Test
  void aJourneyTooLargeForAPngIsBuiltWithoutItAndTheOtherJourneysAreBuiltWhole() throws Exception {
    Path journeys = Files.createDirectories(out.resolve("in"));
    Files.copy(Path.of("../journeys/shirt-marketplace.yaml"), journeys.resolve("shirt-marketplace.yaml"));
    Files.copy(Path.of("../journeys/pizza-delivery.yaml"), journeys.resolve("pizza-delivery.yaml"));
    Files.copy(Path.of("../journeys/catalogue.yaml"), journeys.resolve("catalogue.yaml"));
    Files.writeString(journeys.resolve("huge.yaml"),
        dev.slippers.io.JourneyWriter.write(dev.slippers.synthetic.SyntheticJourneys.generate(1_000, 3)));
    Path site = out.resolve("site");
    CliRun run = CliRun.of("build", journeys.toString(), "-o", site.toString(), "--format", "svg,graph,html,png");
    assertEquals(0, run.exitCode(), run.err());
    String hugeId = dev.slippers.synthetic.SyntheticJourneys.generate(1_000, 3).id();
    assertTrue(run.err().contains("warning: " + hugeId + ".png not built: the PNG would be"), run.err());
    assertTrue(run.err().contains("--png-scale"), "the warning names the option: " + run.err());
    assertTrue(run.err().contains("64 million"), "the warning names the limit: " + run.err());
    assertTrue(run.out().contains("1 output(s) not built"), run.out());
    for (String id : List.of("shirt-marketplace", "pizza-delivery")) {
      for (String suffix : List.of(".html", ".svg", ".png", "-graph.svg", "-report.html", "-walk.html")) {
        assertTrue(Files.size(site.resolve(id + suffix)) > 0, id + suffix);
      }
    }
    for (String suffix : List.of(".html", ".svg", "-graph.svg", "-report.html", "-walk.html")) {
      assertTrue(Files.size(site.resolve(hugeId + suffix)) > 0, hugeId + suffix);
    }
    assertTrue(Files.notExists(site.resolve(hugeId + ".png")));
    String index = Files.readString(site.resolve("index.html"));
    assertTrue(index.contains("Not built: map (PNG): the PNG would be"), "the index lists the skip");
  }

  @Test
  void formatChoosesThePicturesAndPngScaleTheirSize() throws Exception {
    Path journeys = Files.createDirectories(out.resolve("in"));
    Files.copy(Path.of("../journeys/pizza-delivery.yaml"), journeys.resolve("pizza-delivery.yaml"));
    Files.copy(Path.of("../journeys/catalogue.yaml"), journeys.resolve("catalogue.yaml"));
    assertEquals(0, CliRun.of("build", journeys.toString(), "-o", out.resolve("one").toString(),
        "--format", "svg,png", "--png-scale", "1").exitCode());
    assertTrue(Files.isRegularFile(out.resolve("one/pizza-delivery.svg")));
    assertTrue(Files.notExists(out.resolve("one/pizza-delivery.html")), "html not asked for");
    assertTrue(Files.notExists(out.resolve("one/pizza-delivery-graph.svg")), "graph not asked for");
    assertTrue(Files.isRegularFile(out.resolve("one/pizza-delivery-report.html")), "reports are always built");
    assertEquals(0, CliRun.of("build", journeys.toString(), "-o", out.resolve("two").toString(), "--format", "png")
        .exitCode());
    int one = javax.imageio.ImageIO.read(out.resolve("one/pizza-delivery.png").toFile()).getWidth();
    int two = javax.imageio.ImageIO.read(out.resolve("two/pizza-delivery.png").toFile()).getWidth();
    assertEquals(2 * one, two, 1, "PNGs are 2x by default");
    CliRun bad = CliRun.of("build", journeys.toString(), "-o", out.resolve("three").toString(), "--format", "gif");
    assertEquals(ExitCode.USAGE_OR_IO, bad.exitCode());
    assertTrue(bad.err().contains("unknown format 'gif'"), bad.err());
  }

  @Test
  void withPngInFormatBuildWritesTheSamePngAsRender() throws Exception {
    Path journeys = Files.createDirectories(out.resolve("in"));
    Files.copy(Path.of("../journeys/pizza-delivery.yaml"), journeys.resolve("pizza-delivery.yaml"));
    Files.copy(Path.of("../journeys/catalogue.yaml"), journeys.resolve("catalogue.yaml"));
    Path site = out.resolve("site");
    CliRun run = CliRun.of("build", journeys.toString(), "-o", site.toString(), "--format", "svg,graph,html,png");
    assertEquals(0, run.exitCode(), run.err());
    for (String name : List.of("pizza-delivery.html", "pizza-delivery.svg", "pizza-delivery.png", "pizza-delivery-graph.svg")) {
      assertTrue(Files.isRegularFile(site.resolve(name)), name);
    }
    assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"pizza-delivery.png\""), "the index links the PNG");
    Path rendered = out.resolve("rendered");
    assertEquals(0, CliRun.of("render", journeys.resolve("pizza-delivery.yaml").toString(), "-o", rendered.toString(),
        "--format", "png").exitCode());
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(rendered.resolve("pizza-delivery.png")),
        Files.readAllBytes(site.resolve("pizza-delivery.png"))), "build's PNG is render's PNG, byte for byte");
  }

  @Test
  void aPngTheReaderSavedFromThePageIsLeftAloneByTheNextBuild() throws Exception {
    Path journeys = Files.createDirectories(out.resolve("in"));
    Files.copy(Path.of("../journeys/pizza-delivery.yaml"), journeys.resolve("pizza-delivery.yaml"));
    Files.copy(Path.of("../journeys/catalogue.yaml"), journeys.resolve("catalogue.yaml"));
    Path site = out.resolve("site");
    assertEquals(0, CliRun.of("build", journeys.toString(), "-o", site.toString()).exitCode());
    byte[] saved = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    Files.write(site.resolve("pizza-delivery.png"), saved);
    CliRun again = CliRun.of("build", journeys.toString(), "-o", site.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(site.resolve("pizza-delivery.png"))), "the reader's PNG is kept");
    CliRun withPng = CliRun.of("build", journeys.toString(), "-o", site.toString(), "--format", "svg,graph,html,png");
    assertEquals(ExitCode.USAGE_OR_IO, withPng.exitCode(), "asked for the PNG, build would replace the reader's file");
    assertTrue(withPng.err().contains("pizza-delivery.png exists and was not written by Slippers"), withPng.err());
  }

  @Test
  void parallelAndSequentialBuildsWriteTheSameBytes() throws Exception {
    sameBytes(out.resolve("one"), out.resolve("four"));
  }

  @Test
  void parallelAndSequentialBuildsWriteTheSamePngs() throws Exception {
    sameBytes(out.resolve("one"), out.resolve("four"), "--format", "png");
  }

  private static void sameBytes(Path one, Path four, String... options) throws Exception {
    assertEquals(0, CliRun.of(build(one, "1", options)).exitCode());
    assertEquals(0, CliRun.of(build(four, "4", options)).exitCode());
    List<String> names;
    try (var listing = Files.list(one)) {
      names = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    try (var listing = Files.list(four)) {
      assertEquals(names, listing.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(names.size() > 20);
    for (String name : names) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(four.resolve(name))),
          name + " differs between --jobs 1 and --jobs 4");
    }
  }

  /** The arguments of a build of the bundled journeys into {@code site} with {@code jobs} threads and more options. */
  private static String[] build(Path site, String jobs, String... options) {
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of("build", "../journeys", "-o", site.toString(), "--jobs", jobs),
        java.util.stream.Stream.of(options)).toArray(String[]::new);
  }
}
