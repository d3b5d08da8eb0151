package org.michishirube.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every tagged region of the example programs appears word for word in docs/library.md, so the guide shows code that runs. */
class LibraryGuideTests {

    private static final Pattern REGION = Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

    @Test
    void theGuideShowsEveryTaggedRegionAsItIs() throws IOException {
        String guide = Files.readString(Path.of("../docs/library.md"));
        Map<String, String> regions = new LinkedHashMap<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/michishirube/examples"))) {
            for (Path source : sources.sorted().toList()) {
                Matcher m = REGION.matcher(Files.readString(source));
                while (m.find()) {
                    regions.put(source.getFileName() + "#" + m.group(1), dedent(m.group(2)));
                }
            }
        }
        assertThat(regions).hasSizeGreaterThanOrEqualTo(6);
        List<String> missing = new ArrayList<>();
        regions.forEach((name, code) -> {
            if (!guide.contains(code)) {
                missing.add(name);
            }
        });
        assertThat(missing).as("regions not in docs/library.md as they are in the sources").isEmpty();
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }
}
