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
            // The console, for consoleErrors().
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            // Files the page downloads land in the profile, where downloaded() finds them.
            options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        // A blank page first: a URL that differs from the current one only in its hash would not load the page afresh.
        driver.get("about:blank");
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
                if (document.documentElement.scrollWidth > width + 1) {
                  out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px > ' + width + ' px');
                }
                // Inside a region that scrolls sideways itself (a wide table's own scroll box) is fine.
                const scrolls = (e) => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') { return true; } } return false; };
                document.querySelectorAll('body *').forEach((e) => {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > width + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1) && !scrolls(e)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined && e.className
                      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' → ' + Math.round(r.right) + ' px');
                  }
                });
                return out.slice(0, 10);""");
    }

    /**
     * {@return the errors written to the browser's console since the last call: script errors, CSP violations, files that
     * failed to load; refusals of API calls (4xx from /api/v1, which the page shows the user) are not errors of the page}
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> !(m.contains("/api/v1/") && m.matches("(?s).*status of 4\\d\\d.*")))
                .toList();
    }

    /**
     * {@return the API codes among {@code codes} that the visible page shows as words of its text, each with the text it is
     * in}. Text marked {@code lang=en} on the Japanese page (English as written) and identifiers ({@code .code}) are not
     * checked; on the English page only codes of more than one word (with a hyphen) are, since "added" is also English.
     */
    @SuppressWarnings("unchecked")
    List<String> rawCodesShown(java.util.Collection<String> codes) {
        return (List<String>) script("""
                const codes = new Set(arguments[0]);
                const ja = document.documentElement.lang === 'ja';
                const out = [];
                const check = (text) => text.split(/[^A-Za-z0-9-]+/).forEach((w) => {
                  if (codes.has(w) && (ja || w.includes('-'))) { out.push(w + ' in "' + text.trim().slice(0, 80) + '"'); }
                });
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const e = n.parentElement;
                  if (!e || e.closest('script, style, .code, [hidden]') || !e.checkVisibility()) { continue; }
                  const lang = e.closest('[lang]');
                  if (ja && lang && lang.lang === 'en') { continue; }
                  check(n.textContent);
                }
                // Drop-downs: their options are not laid out, but they are what the user picks from.
                document.querySelectorAll('select').forEach((s) => { if (s.checkVisibility()) { [...s.options].forEach((o) => check(o.text)); } });
                return out.slice(0, 10);""", List.copyOf(codes));
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

    /** {@return the text of a file the page downloaded, waiting for it to be complete} */
    String downloaded(String name) {
        Path file = profile.resolve("downloads").resolve(name);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(file.resolveSibling(name + ".crdownload")));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
