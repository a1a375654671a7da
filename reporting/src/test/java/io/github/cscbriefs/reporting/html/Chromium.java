package io.github.cscbriefs.reporting.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through Selenium,
 * with axe-core injected into each page. Nothing is downloaded: the browser and its driver are the
 * machine's, found on the PATH or named by {@code CHROME_BIN} and {@code CHROMEDRIVER}; where either
 * is missing the calling test is skipped, saying so, never passed.
 */
final class Chromium implements AutoCloseable {

  /** The axe-core tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
      "wcag22aa");

  private static String axe;

  private final ChromeDriver driver;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Why there can be no browser on this machine, if there cannot. */
  static Optional<String> missing() {
    if (find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome").isEmpty()) {
      return Optional.of("no Chromium on this machine (install Debian's chromium package or set "
          + "CHROME_BIN): the browser tests are skipped");
    }
    if (find("CHROMEDRIVER", "chromedriver").isEmpty()) {
      return Optional.of("no chromedriver on this machine (install Debian's chromium-driver "
          + "package or set CHROMEDRIVER): the browser tests are skipped");
    }
    return Optional.empty();
  }

  /** A headless browser, or the calling test is skipped (with the reason) when there is none. */
  static Chromium start() {
    Optional<String> missing = missing();
    assumeTrue(missing.isEmpty(), missing.orElse(""));
    Optional<Path> browser = find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
    Optional<Path> driverFile = find("CHROMEDRIVER", "chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=1000,1400", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverFile.get().toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Chromium(driver);
  }

  private static Optional<Path> find(String variable, String... names) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      Path p = Path.of(named);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    return Stream.of(path.split(java.io.File.pathSeparator)).filter(d -> !d.isEmpty())
        .flatMap(d -> Stream.of(names).map(n -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }

  /** Opens a local file. */
  void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /** A viewport of {@code width} by {@code height} CSS pixels. */
  void viewport(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  Object script(String js) {
    return driver.executeScript(js);
  }

  /** How many CSS pixels the page is wider than its viewport (0: no horizontal scrolling). */
  long overflow() {
    return ((Number) script("return Math.max(0, document.documentElement.scrollWidth "
        + "- document.documentElement.clientWidth);")).longValue();
  }

  /** axe-core's violations of {@code tags} on the open page, one line each naming the elements. */
  @SuppressWarnings("unchecked")
  List<String> axeViolations(List<String> tags) {
    driver.executeScript(axeSource());
    Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
        + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))"
        + ".catch(e => done(['axe failed: ' + e]));", tags);
    return (List<String>) result;
  }

  /** The version of axe-core injected. */
  String axeVersion() {
    driver.executeScript(axeSource());
    return (String) script("return axe.version;");
  }

  /** A screenshot of the viewport, written to {@code file}. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized String axeSource() {
    if (axe == null) {
      // axe.min.js as Deque ships it in its Selenium integration's jar (only the script is used).
      try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream("axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test class path "
              + "(com.deque.html.axe-core:selenium)");
        }
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axe;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
