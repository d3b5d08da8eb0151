package org.michishirube.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 4: every import fault code the readers of the interop module can raise has a Japanese text in the page's
 * catalogue, with the same placeholders as its English template, so no refused import shows an English sentence on the
 * Japanese page. The codes are read from the readers' sources, so a new fault without a text fails here.
 */
class ImportFaultCatalogueTests {

    private static final Pattern RAISED = Pattern.compile(
            "(?:fault|ImportFault\\.of)\\([^;]*?, \"((?:spreadsheet|case|ctdl|json|csv|mapping|roles)\\.[a-z0-9-]+)\", ((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)",
            Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("'importFault\\.([a-z0-9.-]+)': '((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyCodeTheReadersRaiseHasAJapaneseTextWithTheSamePlaceholders() throws IOException {
        Map<String, String> raised = raised(locate("interop/src/main/java"));
        assertThat(raised).hasSizeGreaterThan(60);
        String catalogue = Files.readString(locate("api/src/main/resources/static/js/i18n.js"), StandardCharsets.UTF_8);
        Map<String, String> japanese = new TreeMap<>();
        Matcher m = TEXT.matcher(catalogue);
        while (m.find()) {
            japanese.put(m.group(1), m.group(2));
        }
        assertThat(japanese.keySet()).as("codes without a Japanese text").containsAll(raised.keySet());
        assertThat(raised.keySet()).as("Japanese texts of codes no reader raises").containsAll(japanese.keySet());
        raised.forEach((code, english) -> assertThat(placeholders(japanese.get(code))).as(code).containsAll(placeholders(english)));
    }

    private static Map<String, String> raised(Path sources) throws IOException {
        Map<String, String> codes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RAISED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    StringBuilder template = new StringBuilder();
                    Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(2));
                    while (literal.find()) {
                        template.append(literal.group(1));
                    }
                    codes.putIfAbsent(m.group(1), template.toString());
                }
            }
        }
        return codes;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
