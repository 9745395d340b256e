package dev.slippers.render.report;

import dev.slippers.render.template.Templates;
import java.util.List;
import java.util.Map;

/**
 * The index page of a built folder: every journey with its headline numbers and links to its maps,
 * report and walk, and a link to the portfolio. Links are relative, so the folder can be moved or
 * published as it is.
 *
 * @param journeys one entry per journey, in portfolio order (most value at risk first, then lowest success)
 * @param portfolio file name of the portfolio report
 */
public record SiteIndex(List<Entry> journeys, String portfolio) {

  public SiteIndex {
    journeys = List.copyOf(journeys);
  }

  /**
   * One journey of the index.
   *
   * @param links label and relative file name of each output, in the order shown
   * @param skipped outputs left out, each as its label and the reason (a picture over the size limit)
   * @param atRiskText value at risk, rounded ("about 18 M RUB"); empty without economics
   * @param atRiskLabel what it is ("value at risk per month")
   */
  public record Entry(String journeyId, String title, String frictionText, String successText, String topPain,
      List<Link> links, List<String> skipped, String atRiskText, String atRiskLabel) {

    public Entry {
      links = List.copyOf(links);
      skipped = List.copyOf(skipped);
    }

    public Entry(String journeyId, String title, String frictionText, String successText, String topPain,
        List<Link> links, List<String> skipped) {
      this(journeyId, title, frictionText, successText, topPain, links, skipped, "", "");
    }

    public Entry(String journeyId, String title, String frictionText, String successText, String topPain,
        List<Link> links) {
      this(journeyId, title, frictionText, successText, topPain, links, List.of());
    }
  }

  /** A link to one output file. */
  public record Link(String label, String href) {}

  public String html() {
    return Templates.shared().render("report/index.ftlh", Map.of("index", this));
  }
}
