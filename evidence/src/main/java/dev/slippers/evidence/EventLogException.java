package dev.slippers.evidence;

/**
 * An event log that cannot be read as one: a missing column (the message names it and the columns
 * found), an unparsable timestamp (the message names the row), an empty log, an unreadable file.
 * The message is for the user, complete, and says what to do.
 */
public class EventLogException extends RuntimeException {

  public EventLogException(String message) {
    super(message);
  }

  public EventLogException(String message, Throwable cause) {
    super(message, cause);
  }
}
