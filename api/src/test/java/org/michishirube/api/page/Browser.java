package org.michishirube.api.page;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by Selenium with the binary and driver given explicitly (no Selenium
 * Manager, nothing downloaded). Tests that need it are skipped where Chromium or its driver is not installed.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    /** Skips the calling test (a JUnit assumption) unless Chromium and chromedriver are installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver), "
                        + "as .ci/run does");
    }

    static Browser start() {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("michishirube-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=1280,1700", "--lang=ja-JP", "--force-device-scale-factor=1");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        driver.get(url);
        wait.until(d -> "true".equals(body().getAttribute("data-ready")));
    }

    WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Lays the page out at this many CSS pixels wide, as a phone (390) or a laptop (1280) would: the viewport is emulated
     * (DevTools), so headless Chromium's own limits on window sizes do not matter, and screenshots are taken at that width.
     */
    void width(int px) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", px, "height", 1700, "deviceScaleFactor", 1, "mobile", false));
        wait.until(d -> Long.valueOf(px).equals(script("return window.innerWidth")));
    }

    /** Back to the window's own width (1280 px) after {@link #width(int)}. */
    void windowWidth() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * {@return the visible elements that reach past the viewport's right edge, so that the page would scroll sideways; each
     * as tag#id.class and its right edge; empty when everything fits}
     */
    @SuppressWarnings("unchecked")
    List<String> elementsWiderThanTheViewport() {
        return (List<String>) script("""
                const width = document.documentElement.clientWidth;
                const out = [];
                document.querySelectorAll('body *').forEach((e) => {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > width + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined && e.className
                      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' → ' + Math.round(r.right) + ' px');
                  }
                });
                return out.slice(0, 10);""");
    }

    /**
     * The serious and critical accessibility violations that axe-core finds in the page as it is now (hidden parts are not
     * checked), one line each: rule, impact, help and up to five of the elements concerned.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            // Run through DevTools like every script a test runs, so the page's Content-Security-Policy does not apply to it.
            script(axeSource());
        }
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', '))))
                  .catch((e) => done(['axe-core failed: ' + e]));""");
    }

    /**
     * axe-core's {@code axe.min.js}: from the test classpath, where {@code com.deque.html.axe-core:selenium} puts it at the
     * root, or from the file {@code -Daxe.script} names.
     */
    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String file = System.getProperty("axe.script");
            if (file != null && !file.isBlank()) {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("axe-core (axe.min.js) is not on the test classpath: add com.deque.html.axe-core:selenium "
                + "(test scope, all its dependencies excluded) to api/pom.xml, or run with -Daxe.script=/path/to/axe.min.js");
    }

    /** Screenshots are written to docs/screenshots only with -Dscreenshots=true, so an ordinary build leaves the tree alone. */
    void screenshot(String name) {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        try {
            Path dir = locateDocs().resolve("screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locateDocs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("docs/ not found above " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory; the OS cleans it eventually
            }
        }
    }
}
