package dev.slippers.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs axe-core in a page opened in {@link ChromiumSupport} and describes what it finds. */
final class Axe {

  private Axe() {}

  /**
   * Each violation as "rule (impact): target, target, ... — help": one line per rule, naming up to
   * five of the elements it failed on, so a failing test says where to look.
   */
  @SuppressWarnings("unchecked")
  static List<String> violations(ChromiumSupport chromium, Path page, String axeSource) {
    chromium.open(page);
    chromium.driver().executeScript(axeSource);
    chromium.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    Object result = chromium.driver().executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));");
    List<String> lines = new ArrayList<>();
    for (Object o : (List<Object>) result) {
      Map<String, Object> v = (Map<String, Object>) o;
      lines.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes") + " — " + v.get("help"));
    }
    return lines;
  }
}
