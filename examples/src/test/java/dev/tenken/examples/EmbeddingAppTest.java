package dev.tenken.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code app.ThirdPartyApp} in a fresh JVM whose class path is what an application gets from
 * depending on {@code checklist-rules}: no logging backend, and, in some runs, the oldest Jackson
 * Tenken supports ({@code LibraryVersions.OLDEST_JACKSON}) or a mismatched one. The old jars are
 * copied to {@code target/jackson-oldest} by the module's pom.
 */
class EmbeddingAppTest {
    private static final Path OLDEST = Path.of("target", "jackson-oldest");

    @Test
    void embeddingPrintsNothingButTheApplicationsOwnOutput() throws Exception {
        Run run = run(baseClassPath());
        assertEquals(0, run.exit, run.err);
        assertEquals("", run.err, "an application without a logging backend must see no warning");
        assertTrue(run.out.contains("grade E score"), run.out);
    }

    @Test
    void anApplicationsOwnBackendStillGetsTheLogs() throws Exception {
        List<String> cp = new ArrayList<>(baseClassPath());
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("slf4j-simple")).forEach(cp::add);
        Run run = run(cp, "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
        assertEquals(0, run.exit, run.err);
        assertTrue(run.err.contains("DEBUG org.drools") || run.err.contains("DEBUG org.kie"),
                "Drools' debug logging should reach the application's backend: " + run.err);
    }

    @Test
    void theOldestSupportedJacksonAssessesAlike() throws Exception {
        Run current = run(baseClassPath());
        Run oldest = run(replaceJackson(baseClassPath(), true, true));
        assertEquals(0, oldest.exit, oldest.err);
        assertTrue(oldest.out.startsWith("jackson 2.16."), oldest.out);
        assertEquals(gradeLine(current.out), gradeLine(oldest.out));
        assertEquals("", oldest.err);
    }

    @Test
    void aMismatchedJacksonIsNamedWithTheFix() throws Exception {
        Run mixed = run(replaceJackson(baseClassPath(), true, false));
        assertEquals(2, mixed.exit, mixed.out + mixed.err);
        assertTrue(mixed.err.matches("(?s)class path: jackson-core 2\\.16\\.\\d+ and jackson-dataformat-yaml 2\\.\\d+\\.\\d+"
                + " are different Jackson versions.*jackson-bom.*"), mixed.err);
        assertTrue(!mixed.err.contains("Exception") && !mixed.err.contains("\tat "), "no stack trace: " + mixed.err);
    }

    private static String gradeLine(String out) {
        return out.lines().filter(l -> l.startsWith("grade ")).findFirst().orElse("(none) " + out);
    }

    /** The test JVM's class path without JUnit, Surefire or a logging backend: what an embedding application has. */
    private static List<String> baseClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.matches(".*(slf4j-simple|junit|opentest4j|apiguardian|surefire).*"))
                .collect(Collectors.toList());
    }

    private static List<String> replaceJackson(List<String> cp, boolean core, boolean yaml) throws IOException {
        List<String> out = new ArrayList<>();
        for (String e : cp) {
            String name = Path.of(e).getFileName().toString();
            if ((core && name.startsWith("jackson-core-")) || (yaml && name.startsWith("jackson-dataformat-yaml-"))) {
                String prefix = name.substring(0, name.lastIndexOf('-') + 1);
                try (Stream<Path> old = Files.list(OLDEST)) {
                    out.add(old.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no " + prefix + " jar in " + OLDEST)).toString());
                }
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> classPath, String... jvmOptions) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), "dev.tenken.examples.app.ThirdPartyApp"));
        Path out = Files.createTempFile("app", ".out");
        Path err = Files.createTempFile("app", ".err");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the application did not finish");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
