package dev.slippers.cli;

/**
 * A failure the user can fix, with the exit code to end with. Its message is printed as it is,
 * without a stack trace.
 */
final class UserException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  UserException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
