package dev.tenken.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are the marked lines of the example programs, word for word, so
 * that documentation cannot drift from code that compiles and runs. A snippet is introduced in
 * the README by a link to its file; it is that file's imports, a blank line, and the lines between
 * {@code // [readme-start]} and {@code // [readme-end]}. The Maven coordinates it gives are the
 * project's own.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern SNIPPET = Pattern.compile(
            "\\((examples/src/main/java/[^)]+\\.java)\\)[^`]*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSnippetIsTheMarkedPartOfTheFileItNames() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = SNIPPET.matcher(readme);
        int found = 0;
        while (m.find()) {
            found++;
            String marked = markedLines(ROOT.resolve(m.group(1)));
            assertEquals(marked, m.group(2), "README snippet from " + m.group(1) + " differs from the file's marked lines");
        }
        assertTrue(found >= 1, "the README should show at least one snippet taken from examples/");
    }

    @Test
    void theDependencyBlockNamesTheProjectsCoordinates() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>tenken-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "parent pom version");
        String block = "<dependency>\n  <groupId>dev.tenken</groupId>\n  <artifactId>checklist-rules</artifactId>\n  <version>"
                + version.group(1) + "</version>\n</dependency>";
        assertTrue(readme.contains(block), "README should give the dependency block:\n" + block);
    }

    /** The file's imports, a blank line, then the lines between the markers with the common indentation removed. */
    private static String markedLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder imports = new StringBuilder();
        lines.stream().filter(l -> l.startsWith("import ")).forEach(l -> imports.append(l).append('\n'));
        int start = indexOf(lines, "// [readme-start]", file);
        int end = indexOf(lines, "// [readme-end]", file);
        List<String> body = new ArrayList<>(lines.subList(start + 1, end));
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder b = new StringBuilder(imports).append('\n');
        for (String l : body) {
            b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return b.toString();
    }

    private static int indexOf(List<String> lines, String marker, Path file) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(file + " has no " + marker + " line");
    }
}
