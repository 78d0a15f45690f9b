package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README and {@code docs/} is compiled code: each {@code ```java} block is preceded by
 * {@code <!-- snippet: Class#region -->} and equals, line for line, the region of that example class that starts at
 * {@code // README: region} and runs to the next marker or the end of its block.
 */
class DocSnippetsTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLES = REPO.resolve("examples/src/main/java/dev/switchboard/examples");
    private static final Pattern MARKER = Pattern.compile("^(\\s*)// README: (.+)$");
    private static final Pattern BLOCK = Pattern.compile("(?:<!-- snippet: ([\\w]+)#([^>]+?) -->\\n)?```java\\n(.*?)```",
            Pattern.DOTALL);

    static Map<String, String> regions(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source);
        String type = source.getFileName().toString().replace(".java", "");
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int indent = m.group(1).length();
            List<String> body = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                String line = lines.get(j);
                boolean blank = line.isBlank();
                if (MARKER.matcher(line).matches() || !blank && indent(line) < indent) {
                    break;
                }
                body.add(blank ? "" : line.substring(indent).stripTrailing());
            }
            while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
                body.remove(body.size() - 1);
            }
            out.put(type + "#" + m.group(2).trim(), String.join("\n", body));
        }
        return out;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String normalized(String block) {
        return block.strip().lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    }

    private static Map<String, String> allRegions() throws IOException {
        Map<String, String> all = new HashMap<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                for (Map.Entry<String, String> r : regions(f).entrySet()) {
                    if (all.putIfAbsent(r.getKey(), r.getValue()) != null) {
                        throw new IllegalStateException("two example classes define region " + r.getKey());
                    }
                }
            }
        }
        return all;
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyJavaSnippetIsARegionOfACompiledExample() throws IOException {
        Map<String, String> regions = allRegions();
        int checked = 0;
        for (Path page : pages()) {
            String text = Files.readString(page);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                String where = REPO.relativize(page) + " at offset " + m.start();
                assertNotNull(m.group(1), where + ": a java block without a <!-- snippet: Class#region --> marker");
                String key = m.group(1) + "#" + m.group(2).trim();
                String region = regions.get(key);
                assertNotNull(region, where + ": no region " + key + " in the examples");
                assertEquals(normalized(region), normalized(m.group(3)), where + " differs from " + key);
                checked++;
            }
        }
        assertTrue(checked >= 5, "the README shows one example per API, found " + checked + " snippets");
    }

    @Test
    void theReadmeIsAFrontDoorNotAManual() throws IOException {
        List<String> readme = Files.readAllLines(REPO.resolve("README.md"));
        assertTrue(readme.size() <= 250, "README has " + readme.size() + " lines");
        assertTrue(readme.contains("mvn -B verify"), "the README's test command, which CI runs");
        assertTrue(readme.contains("./switchboard tour"));
    }

    @Test
    void everyLinkedPageExists() throws IOException {
        Pattern link = Pattern.compile("\\]\\(((?:docs/)?[\\w./-]+\\.md)(?:#[\\w-]*)?\\)");
        for (Path page : pages()) {
            Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                Path target = page.getParent().resolve(m.group(1)).normalize();
                assertTrue(Files.isRegularFile(target), page.getFileName() + " links a missing " + m.group(1));
            }
        }
    }

    @Test
    void theRegionReaderStopsAtTheEndOfItsBlock() throws IOException {
        Path source = Files.createTempFile("Sample", ".java");
        try {
            Files.writeString(source, "class Sample {\n    void a() {\n        // README: one\n        int x = 1;\n\n"
                    + "        x++;\n    }\n    void b() {\n        // README: two\n        int y = 2;\n"
                    + "        // README: three\n        y--;\n    }\n}\n");
            String type = source.getFileName().toString().replace(".java", "");
            Map<String, String> r = regions(source);
            assertEquals("int x = 1;\n\nx++;", r.get(type + "#one"));
            assertEquals("int y = 2;", r.get(type + "#two"));
            assertEquals("y--;", r.get(type + "#three"));
            assertFalse(r.containsKey(type + "#four"));
        } finally {
            Files.delete(source);
        }
    }
}
