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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules use each other through exported packages only. The two module descriptors make the
 * compiler enforce this for the engine; the command line, examples and benchmarks are compiled on
 * the class path, so this test holds them to the same rule.
 */
class LayoutTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(dev\\.tenken\\.[a-z.]+?)\\.[A-Z*]", Pattern.MULTILINE);

    @Test
    void nothingOutsideAModuleImportsAPackageItDoesNotExport() throws IOException {
        List<String> coreExports = exports("checklist-core");
        List<String> engineExports = exports("checklist-rules");
        assertEquals(List.of("dev.tenken.checklist", "dev.tenken.checklist.report", "dev.tenken.checklist.diff",
                "dev.tenken.checklist.stats"), coreExports);
        assertEquals(List.of("dev.tenken.engine", "dev.tenken.engine.batch", "dev.tenken.engine.rules"), engineExports);
        List<String> wrong = new ArrayList<>();
        for (String module : List.of("checklist-rules", "checklist-excel", "checklist-web", "checklist-cli", "examples",
                "checklist-bench")) {
            for (Path src : javaFiles(ROOT.resolve(module).resolve("src"))) {
                Matcher m = IMPORT.matcher(Files.readString(src, StandardCharsets.UTF_8));
                while (m.find()) {
                    String pkg = m.group(1);
                    boolean core = pkg.startsWith("dev.tenken.checklist") && !coreExports.contains(pkg);
                    boolean engine = pkg.startsWith("dev.tenken.engine") && !engineExports.contains(pkg)
                            && !module.equals("checklist-rules");
                    if (core || engine) {
                        wrong.add(src + " imports " + pkg);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static List<String> exports(String module) throws IOException {
        String info = Files.readString(ROOT.resolve(module).resolve("src/main/java/module-info.java"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("^\\s*exports\\s+([a-z.]+);", Pattern.MULTILINE).matcher(info);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
