package dev.slippers.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Real headless Chromium for tests, driven through Selenium.
 *
 * <p>{@link #start()} finds {@code chromium} and {@code chromedriver} on the {@code PATH}. Where
 * they are missing the calling test is <em>skipped</em> through a JUnit assumption, never passed;
 * when the environment variable {@code CI} is {@code true} it <em>fails</em> instead, so a CI
 * machine without a browser cannot go green by accident.
 *
 * <p>Each instance has its own fresh profile folder, deleted on {@link #close()}, and runs with the
 * flags that keep Chromium quiet on a closed network. Console messages are collected through
 * {@code goog:loggingPrefs}; {@link #consoleErrors()} returns those at level SEVERE (uncaught
 * exceptions, failed loads, {@code console.error}).
 *
 * <pre>{@code
 * try (ChromiumSupport chromium = ChromiumSupport.start()) {
 *   chromium.open(htmlFile);
 *   assertEquals(List.of(), chromium.consoleErrors());
 *   assertFalse(ChromiumSupport.isBlank(chromium.screenshot()));
 * }
 * }</pre>
 */
public final class ChromiumSupport implements AutoCloseable {

  private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final List<String> DRIVER_NAMES = List.of("chromedriver");

  /**
   * Selenium warns on every start that it has no DevTools bindings for this Chromium version; the
   * tests use WebDriver only, so the warning is noise. Held here so the settings are not collected.
   */
  private static final List<java.util.logging.Logger> QUIETED = Stream.of(
          "org.openqa.selenium.devtools", "org.openqa.selenium.chromium")
      .map(java.util.logging.Logger::getLogger)
      .peek(logger -> logger.setLevel(Level.SEVERE))
      .toList();

  private final ChromeDriver driver;
  private final Path profile;

  private ChromiumSupport(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts a headless Chromium with a 1600x1000 window, or skips the test (fails it when
   * {@code CI=true}) when the browser or its driver is not installed.
   */
  public static ChromiumSupport start() {
    Optional<Path> browser = onPath(BROWSER_NAMES);
    Optional<Path> chromedriver = onPath(DRIVER_NAMES);
    requireInstalled(browser.isPresent() && chromedriver.isPresent(),
        "headless Chromium tests need `chromium` and `chromedriver` on the PATH "
            + "(Debian: apt-get install chromium chromium-driver)");
    Path profile;
    try {
      profile = Files.createTempDirectory("slippers-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1600,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile())
        .usingAnyFreePort()
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1600, 1000));
      return new ChromiumSupport(driver, profile);
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
  }

  /**
   * Skips the calling test when {@code installed} is false, or fails it when {@code CI=true}.
   * Public so that tests needing other tools can follow the same rule.
   */
  public static void requireInstalled(boolean installed, String message) {
    if (installed) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + " (CI=true, so this is a failure, not a skip)");
    }
    Assumptions.assumeTrue(false, message);
  }

  /** The Selenium driver, for finding elements, hovering and running scripts. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a local file and waits until the page has loaded. */
  public void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /**
   * The console messages at level SEVERE since the last call (the browser log is drained on each
   * read), each as "LEVEL message".
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(ChromiumSupport::describe)
        .toList();
  }

  /** A PNG screenshot of the visible window. */
  public byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  /** Writes a screenshot to a file (for looking at it, or attaching it to a failure) and returns the file. */
  public Path screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, screenshot());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True when a PNG has fewer than {@code 8} distinct colours: a blank or nearly blank page. A
   * rendered map has hundreds (text anti-aliasing alone gives dozens).
   */
  public static boolean isBlank(byte[] png) {
    return distinctColours(png, 8) < 8;
  }

  /** Number of distinct RGB colours in a PNG, counting up to {@code limit}. */
  public static int distinctColours(byte[] png, int limit) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (image == null) {
      throw new IllegalArgumentException("not an image");
    }
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
        if (colours.size() >= limit) {
          return colours.size();
        }
      }
    }
    return colours.size();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static String describe(LogEntry entry) {
    return entry.getLevel().getName().toUpperCase(Locale.ROOT) + " " + entry.getMessage();
  }

  private static Optional<Path> onPath(List<String> names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary profile is harmless; the test result matters more.
    }
  }
}
