package dev.slippers.mermaid;

import java.util.List;

/**
 * A Mermaid {@code journey} diagram as written: what its grammar holds, with the lines it came from.
 *
 * @param title    the {@code title} line (or the front matter's {@code title:}); empty when none
 * @param accTitle the {@code accTitle:} line; empty when none
 * @param accDescr the {@code accDescr:} line or {@code accDescr { ... }} block; empty when none
 * @param sections in the order written; tasks written before any {@code section} come in a section
 *                 with an empty name
 * @param comments how many {@code %%} and {@code #} comments and {@code %%{...}%%} directives were
 *                 skipped
 */
public record MermaidJourney(String title, String accTitle, String accDescr, List<Section> sections, int comments) {

  public MermaidJourney {
    sections = List.copyOf(sections);
  }

  /**
   * One {@code section}.
   *
   * @param name  the section's name; empty for tasks written before the first section
   * @param line  1-based line of the {@code section} statement (of the first task when unnamed)
   * @param tasks in the order written
   */
  public record Section(String name, int line, List<Task> tasks) {

    public Section {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * One task: {@code Name: score: actor, actor}.
   *
   * @param name   the task's name
   * @param score  the score, 1 (bad) to 5 (good)
   * @param actors who takes part, in the order written; may be empty
   * @param line   1-based line of the task
   */
  public record Task(String name, int score, List<String> actors, int line) {

    public Task {
      actors = List.copyOf(actors);
    }
  }
}
