/**
 * Mermaid in and out: reading a Mermaid {@code journey} diagram into a Slippers journey
 * ({@link dev.slippers.mermaid.MermaidJourneyParser}, {@link dev.slippers.mermaid.MermaidImport}) and
 * writing a journey as a Mermaid {@code journey} or {@code flowchart}
 * ({@link dev.slippers.mermaid.MermaidExport}), so that journeys kept as Mermaid can come in and
 * GitHub can show a Slippers journey where it renders Mermaid. The model knows nothing of Mermaid.
 */
package dev.slippers.mermaid;
