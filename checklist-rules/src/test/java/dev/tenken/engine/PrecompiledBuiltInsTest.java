package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.ChecklistJson;
import dev.tenken.checklist.ChecklistLibrary;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.SourceRef;
import dev.tenken.checklist.TenkenVersion;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in checklists ship with precompiled copies beside their YAML (written by the build,
 * dev.tenken.checklist.load.PrecompiledChecklists), and a copy loads to the very checklist it
 * was written from.
 */
class PrecompiledBuiltInsTest {
    /** The wrapper the build step writes around ChecklistJson's form: format 1. */
    private static String wrapped(long crc, String checklistJson) {
        return "{\"format\": 1, \"yaml_crc32\": " + crc + ", \"tenken_version\": \"" + TenkenVersion.current()
                + "\", \"checklist\":\n" + checklistJson + "}\n";
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = TenkenEngine.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the class path");
            return in.readAllBytes();
        }
    }

    @Test
    void everyBuiltInHasACurrentCopy() throws Exception {
        Pattern crcField = Pattern.compile("\"yaml_crc32\": (\\d+)");
        for (String r : TenkenEngine.builtInResources()) {
            byte[] yaml = resource(r);
            String copy = new String(resource(r.replace(".yaml", ".resolved.json")), StandardCharsets.UTF_8);
            Matcher m = crcField.matcher(copy);
            assertTrue(copy.startsWith("{\"format\": 1,") && m.find(), r);
            assertEquals(crc(yaml), Long.parseLong(m.group(1)), r + ": the copy was made from this YAML");
            assertTrue(copy.contains("\"tenken_version\": \"" + TenkenVersion.current() + "\""), r + ": by this Tenken");
        }
    }

    /**
     * The copies shipped are the ones read: each copy, with its checklist's version changed and
     * its CRC and Tenken version kept, loads with the changed version beside the shipped YAML.
     */
    @Test
    void theShippedCopiesAreRead(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("p"));
        for (String r : TenkenEngine.builtInResources()) {
            String name = r.substring(r.lastIndexOf('/') + 1, r.lastIndexOf('.'));
            Files.write(dir.resolve("p/" + name + ".yaml"), resource(r));
            String copy = new String(resource(r.replace(".yaml", ".resolved.json")), StandardCharsets.UTF_8);
            String marked = copy.replaceFirst("\n  \"version\": \"[^\"]*\"", "\n  \"version\": \"from the copy\"");
            assertTrue(!marked.equals(copy), r + ": the checklist's version was found in the copy");
            Files.writeString(dir.resolve("p/" + name + ".resolved.json"), marked);
            try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
                Checklist c = ChecklistLibrary.builder().addResource(cl, "p/" + name + ".yaml").build().all().iterator().next();
                assertEquals("from the copy", c.version(), r);
            }
        }
    }

    @Test
    void builtInsAreTheChecklistsTheirYamlDefines() throws Exception {
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().build();
        ChecklistLibrary.Builder fromText = ChecklistLibrary.builder();
        for (String r : TenkenEngine.builtInResources()) {
            fromText.addText(new String(resource(r), StandardCharsets.UTF_8), r);
        }
        List<Checklist> expected = List.copyOf(fromText.build().all());
        assertEquals(expected, List.copyOf(engine.checklists()));
    }

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    /**
     * A copy beside a YAML file is read when its CRC matches the YAML, and gives back exactly
     * the checklist it was written from (the YAML here says something else, so the test sees
     * which was read); with any other CRC the YAML is read.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aCopyLoadsBackToItsChecklist(int seed, @TempDir Path dir) throws Exception {
        Random r = new Random(seed);
        Checklist c = enriched(r, RandomInputs.checklist(r, "random-" + seed));
        Checklist other = new Checklist(c.id(), "yaml", c.title(), c.audience(), c.sources(), c.extendsId(), c.profile(),
                c.grading(), c.categories(), c.concerns(), c.rules());
        byte[] yaml = ChecklistJson.write(other).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("p"));
        Files.write(dir.resolve("p/c.yaml"), yaml);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Files.writeString(dir.resolve("p/c.resolved.json"), wrapped(crc(yaml), ChecklistJson.write(c)));
            Checklist read = ChecklistLibrary.builder().addResource(cl, "p/c.yaml").build().get(c.id()).orElseThrow();
            assertEquals(c, read, "seed " + seed);
            Files.writeString(dir.resolve("p/c.resolved.json"), wrapped(crc(yaml) ^ 1, ChecklistJson.write(c)));
            read = ChecklistLibrary.builder().addResource(cl, "p/c.yaml").build().get(c.id()).orElseThrow();
            assertEquals(other, read, "seed " + seed + ", stale copy");
            Files.writeString(dir.resolve("p/c.resolved.json"),
                    wrapped(crc(yaml), ChecklistJson.write(c)).replace(TenkenVersion.current(), "0.0.1-older"));
            read = ChecklistLibrary.builder().addResource(cl, "p/c.yaml").build().get(c.id()).orElseThrow();
            assertEquals(other, read, "seed " + seed + ", a copy made by another release");
        }
    }

    /** Adds what RandomInputs leaves out: sources, descriptions, threats, references in one language. */
    private static Checklist enriched(Random r, Checklist c) {
        List<Category> cats = new ArrayList<>();
        for (Category cat : c.categories()) {
            List<Item> items = new ArrayList<>();
            for (Item i : cat.items()) {
                Optional<LocalizedText> description = r.nextBoolean() ? Optional.of(new LocalizedText("説明 " + r.nextInt(), "about \"it\"\n")) : Optional.empty();
                List<String> threats = r.nextBoolean() ? r.nextBoolean() ? List.of("eavesdropping", "malware") : List.of("theft-loss") : List.of();
                List<LocalizedText> refs = r.nextBoolean() ? List.of(new LocalizedText("JIS Q 27001", "JIS Q 27001"), new LocalizedText("指針", "guide")) : i.references();
                items.add(new Item(i.id(), i.rank(), i.title(), description, i.remediation(), refs, threats, i.appliesWhen(), i.check(), i.weight()));
            }
            cats.add(new Category(cat.id(), cat.title(), items));
        }
        List<SourceRef> sources = r.nextBoolean() ? List.of(new SourceRef("ガイドライン", "第3章"), new SourceRef("checklist", "")) : List.of();
        return new Checklist(c.id(), c.version(), c.title(), c.audience(), sources, c.extendsId(), c.profile(), c.grading(), cats,
                c.concerns(), c.rules());
    }
}
