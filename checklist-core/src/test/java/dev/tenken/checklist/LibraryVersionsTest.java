package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryVersionsTest {
    private static Version v(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
    }

    @Test
    void theJacksonThisBuildShipsWithPasses() {
        assertDoesNotThrow(LibraryVersions::check);
    }

    @Test
    void matchingSupportedVersionsPass() {
        assertEquals(List.of(), LibraryVersions.jacksonProblems(v(2, 16, 2), v(2, 16, 0)));
        assertEquals(List.of(), LibraryVersions.jacksonProblems(v(2, 22, 4), v(2, 22, 4)));
    }

    @Test
    void theIssuesMixIsNamedWithBothVersionsAndTheFix() {
        List<Problem> p = LibraryVersions.jacksonProblems(v(2, 17, 2), v(2, 22, 4));
        assertEquals(1, p.size(), p.toString());
        String m = p.get(0).toString();
        assertTrue(m.startsWith("class path: jackson-core 2.17.2 and jackson-dataformat-yaml 2.22.4 are different"), m);
        assertTrue(m.contains("import com.fasterxml.jackson:jackson-bom:" + LibraryVersions.BUILT_WITH_JACKSON), m);
    }

    @Test
    void tooOldIsNamedForEachArtifact() {
        List<Problem> p = LibraryVersions.jacksonProblems(v(2, 15, 4), v(2, 15, 4));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).message().startsWith("jackson-core 2.15.4 is older than Tenken supports (2.16 or later)"), p.toString());
        assertTrue(p.get(1).message().startsWith("jackson-dataformat-yaml 2.15.4 is older"), p.toString());
        // the fix names the Jackson Tenken was built with, never the old one found
        assertTrue(p.get(0).message().contains("jackson-bom:" + LibraryVersions.BUILT_WITH_JACKSON + " "), p.toString());
        assertFalse(p.get(0).message().contains("jackson-bom:2.15"), p.toString());
    }

    @Test
    void theBuildRecordsTheJacksonItShipsWith() {
        assertEquals(TenkenVersion.jackson().orElseThrow(), LibraryVersions.BUILT_WITH_JACKSON);
        assertTrue(LibraryVersions.BUILT_WITH_JACKSON.matches("2\\.\\d+\\.\\d+"), LibraryVersions.BUILT_WITH_JACKSON);
    }

    @Test
    void aDifferentMajorVersionIsAMismatch() {
        assertEquals(1, LibraryVersions.jacksonProblems(v(3, 0, 0), v(2, 22, 4)).size());
    }
}
