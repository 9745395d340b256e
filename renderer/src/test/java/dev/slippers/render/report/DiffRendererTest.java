package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diff.JourneyDiff;
import dev.slippers.diff.JourneyDiffer;
import dev.slippers.model.Journey;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DiffRendererTest {

  @Test
  void textAndMarkdownShowTheSameChangesAndMarkdownEscapesTheJourneysText() throws Exception {
    Journey before = ShirtStore.journey();
    String yaml = Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"))
        .replace("name: Waits for the money", "name: \"Waits | for **the** money\"")
        .replace("  - id: wearing\n    name: Wears the shirt at the party\n", "  - id: wearing\n    name: \"Wears it <b>\"\n");
    Journey after = ShirtStore.parse(yaml).validJourney().orElseThrow();
    JourneyDiff diff = JourneyDiffer.diff(before, ShirtStore.analysis(), after, ShirtStore.analysis());
    assertEquals(2, diff.changes().size());

    String text = DiffRenderer.text(diff, before, after);
    assertTrue(text.contains("Changes (2):\n  ~ changed stage refund: name Waits for the money -> Waits | for **the** money\n"), text);
    assertTrue(text.contains("\nno regression\n"), text);
    // The gate's three figures lead, as the gate judges them; friction follows as the explanation.
    assertTrue(text.contains("\nsuccess    28.3% -> 28.3% (0\u00a0pp)\nexperience 0.00 -> 0.00 (0.00) (both with a churn penalty of 10.00)\n"
        + "friction   8.21 -> 8.21 (0.00)\n"), text);

    String markdown = DiffRenderer.markdown(diff, before, after);
    assertTrue(markdown.contains("- \\~ changed stage refund: name Waits for the money -\\> Waits \\| for \\*\\*the\\*\\* money\n"),
        markdown);
    assertTrue(markdown.contains("Wears it \\<b\\>"), markdown);
    assertTrue(markdown.contains("No regression."), markdown);
  }
}
