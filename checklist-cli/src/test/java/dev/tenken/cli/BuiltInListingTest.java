package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tenken.checklist.Language;
import dev.tenken.engine.TenkenEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code tenken list} prints the built-ins from a listing written at build time; this fails when
 * that listing no longer matches the built-in checklists. To rewrite it:
 * {@code mvn -o test -pl checklist-cli -am -Dtest=BuiltInListingTest -Dsurefire.failIfNoSpecifiedTests=false -Dtenken.updateListing=true}.
 */
class BuiltInListingTest {
    private static final Path DIR = Path.of("src/main/resources/dev/tenken/cli");

    @Test
    void theShippedListingIsWhatTheBuiltInsList() throws Exception {
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().compileOnFirstUse().build();
        for (Language language : Language.values()) {
            String expected = ListCommand.listing(engine, language).replace(System.lineSeparator(), "\n");
            Path file = DIR.resolve(ListCommand.listingResource(language));
            if (Boolean.getBoolean("tenken.updateListing")) {
                Files.writeString(file, expected, StandardCharsets.UTF_8);
            }
            assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
                    file + " is stale: rerun this test with -Dtenken.updateListing=true");
            String shipped = ListCommand.builtInListing(language);
            assertNotNull(shipped, "the listing is on the class path");
            assertEquals(ListCommand.listing(engine, language), shipped);
        }
    }

    @Test
    void listPrintsWhatTheLoadedBuiltInsList() throws Exception {
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().compileOnFirstUse().build();
        for (Language language : Language.values()) {
            CliTest.Run r = CliTest.run("list", "--lang", language.name().toLowerCase(java.util.Locale.ROOT));
            assertEquals(Main.OK, r.code());
            assertEquals(ListCommand.listing(engine, language), r.out());
        }
    }
}
