package dev.tenken.checklist.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.ChecklistLibrary;
import dev.tenken.checklist.TenkenException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that writes precompiled copies, and when a copy is (not) used. */
class PrecompiledChecklistsTest {
    private static final Path VALID = Path.of("src/test/resources/valid");
    /** The built-in checklists, which the rules module precompiles with this class. */
    private static final Path BUILT_INS = Path.of("../checklist-rules/src/main/resources/dev/tenken/checklists");

    @TempDir
    Path classes;

    private Path put(String name, byte[] yaml) throws Exception {
        Path dir = Files.createDirectories(classes.resolve("x"));
        Files.write(dir.resolve(name), yaml);
        Files.writeString(dir.resolve("index.txt"), "# checklists\n" + name + "\n");
        return dir.resolve(name);
    }

    private Optional<RawChecklist> copy(String name) throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return PrecompiledChecklists.read(cl, "x/" + name, Files.readAllBytes(classes.resolve("x/" + name)), "x");
        }
    }

    private Checklist viaResource(String name) throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return ChecklistLibrary.builder().addResource(cl, "x/" + name).build().all().iterator().next();
        }
    }

    @Test
    void eachBuiltInLoadsFromItsCopyAsFromItsYaml() throws Exception {
        for (String id : new String[] {"telework-admin", "telework-worker", "wifi-provider", "wifi-user"}) {
            Path yaml = put(id + ".yaml", Files.readAllBytes(BUILT_INS.resolve(id + ".yaml")));
            PrecompiledChecklists.main(new String[] {classes.toString(), "x/index.txt"});
            assertTrue(Files.exists(classes.resolve("x/" + id + ".resolved.json")), id);
            assertTrue(copy(id + ".yaml").isPresent(), id + ": the copy is read");
            assertEquals(ChecklistLibrary.load(yaml), viaResource(id + ".yaml"), id);
        }
    }

    @Test
    void anEditedYamlIsLoadedInsteadOfItsStaleCopy() throws Exception {
        String text = Files.readString(VALID.resolve("parent.yaml"));
        put("parent.yaml", text.getBytes(StandardCharsets.UTF_8));
        PrecompiledChecklists.main(new String[] {classes.toString(), "x/index.txt"});
        Checklist before = viaResource("parent.yaml");
        put("parent.yaml", text.replaceFirst("version: \"?[^\"\\n]*\"?", "version: \"edited\"").getBytes(StandardCharsets.UTF_8));
        assertTrue(copy("parent.yaml").isEmpty(), "the CRC no longer matches");
        Checklist after = viaResource("parent.yaml");
        assertEquals("edited", after.version());
        assertFalse(before.version().equals(after.version()));
    }

    @Test
    void aDamagedOrForeignCopyIsPassedOver() throws Exception {
        Path yaml = put("parent.yaml", Files.readAllBytes(VALID.resolve("parent.yaml")));
        PrecompiledChecklists.main(new String[] {classes.toString(), "x/index.txt"});
        Path copy = classes.resolve("x/parent.resolved.json");
        String good = Files.readString(copy);
        Checklist expected = ChecklistLibrary.load(yaml);
        for (String bad : new String[] {
                good.substring(0, good.length() / 2),                       // cut short
                good.replace("\"format\": 1", "\"format\": 2"),            // a later format
                good.replace("\"categories\"", "\"kategorien\""),          // a key missing
                good.replace("\"rank\": \"必須\"", "\"rank\": \"maybe\""), // a value no record takes
                "[]"}) {
            Files.writeString(copy, bad);
            assertTrue(copy("parent.yaml").isEmpty(), bad.length() > 60 ? bad.substring(0, 60) : bad);
            assertEquals(expected, viaResource("parent.yaml"));
        }
    }

    @Test
    void theBuildStepRefusesWhatACopyCannotHold() throws Exception {
        put("child.yaml", Files.readAllBytes(VALID.resolve("child.yaml")));
        Files.copy(VALID.resolve("parent.yaml"), classes.resolve("x/parent.yaml"));
        Files.writeString(classes.resolve("x/index.txt"), "parent.yaml\nchild.yaml\n");
        // child.yaml extends parent: loaded alone its parent is unknown, a definition problem
        assertThrows(TenkenException.class, () -> PrecompiledChecklists.main(new String[] {classes.toString(), "x/index.txt"}));
        // rule files: a copy holds none, so the build step refuses a checklist that names some
        put("ruled.yaml", (Files.readString(VALID.resolve("parent.yaml")) + "rules:\n  - extra.drl\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(classes.resolve("x/extra.drl"), "package x;\n");
        IllegalArgumentException ruled = assertThrows(IllegalArgumentException.class,
                () -> PrecompiledChecklists.main(new String[] {classes.toString(), "x/index.txt"}));
        assertTrue(ruled.getMessage().contains("ruled.yaml") && ruled.getMessage().contains("rule files"), ruled.getMessage());
        assertFalse(Files.exists(classes.resolve("x/ruled.resolved.json")));
        put("broken.yaml", "id: broken\nversion: 1\n".getBytes(StandardCharsets.UTF_8));
        TenkenException e = assertThrows(TenkenException.class,
                () -> PrecompiledChecklists.main(new String[] {classes.toString(), "x/index.txt"}));
        assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
        assertFalse(Files.exists(classes.resolve("x/broken.resolved.json")));
    }
}
