package dev.slippers.diagnostic;

import java.util.Locale;

/** How bad a problem is: errors make a journey invalid, warnings do not. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
