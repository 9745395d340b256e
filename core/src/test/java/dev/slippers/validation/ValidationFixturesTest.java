package dev.slippers.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code src/test/resources/invalid} is a broken journey that lists, in
 * {@code # expect:} comments at its end, exactly the problems validation must report: position,
 * severity, message, hint and rule id. Nothing more may be reported, nothing less.
 */
class ValidationFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/invalid");
  private static final String EXPECT = "# expect: ";

  @TestFactory
  Stream<DynamicTest> eachFixtureReportsExactlyItsExpectedProblems() throws IOException {
    List<Path> files = JourneyLoader.discover(FIXTURES);
    assertTrue(files.size() >= 10, "the fixtures are missing");
    JourneyLoader loader = new JourneyLoader(FIXTURES);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      List<String> expected = Files.readAllLines(file).stream()
          .filter(line -> line.startsWith(EXPECT))
          .map(line -> line.substring(EXPECT.length()))
          .toList();
      assertFalse(expected.isEmpty(), file + " has no '# expect:' lines");
      LoadResult result = loader.load(file);
      List<String> actual = result.diagnostics().stream()
          .map(Diagnostic::format)
          .map(text -> text.substring(file.toString().length() + 1))
          .toList();
      assertEquals(String.join("\n", expected), String.join("\n", actual));
      assertTrue(result.hasErrors() || expected.stream().noneMatch(e -> e.contains(": error: ")));
    }));
  }
}
