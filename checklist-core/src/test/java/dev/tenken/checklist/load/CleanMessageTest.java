package dev.tenken.checklist.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Parser messages made fit for the person who wrote the file, also when the file is hostile. */
class CleanMessageTest {
    private static final String JACKSON_LOCATION = "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 3, column: 7]";

    @Test
    void aLocationInsideAMessageKeepsOnlyItsLineAndColumn() {
        assertEquals("Unexpected end-of-input: expected close marker for Object (start marker at line 3, column 7)",
                TreeReader.cleanMessage("Unexpected end-of-input: expected close marker for Object (start marker at "
                        + JACKSON_LOCATION + ")\n at [Source: REDACTED; line: 4, column: 1]"));
    }

    /**
     * A duplicate key is quoted in its message, and a key may be 50,000 characters: one made of
     * "[Source: " over and over is cleaned in one pass (the pattern stops at the next bracket and
     * sees at most the first 4,000 characters), not once per repetition.
     */
    @Test
    void aHostileKeyQuotedInAMessageIsCleanedInOnePass() throws Exception {
        String hostile = "Duplicate field '" + "[Source: ".repeat(60_000) + "'";
        String m = TreeReader.cleanMessage(hostile);
        assertTrue(m.startsWith("Duplicate field '[Source: [Source: ") && m.length() <= 303, m);
        String key = "\"" + "[Source: ".repeat(5_555) + "\"";
        byte[] doc = ("{\"checklist\":\"telework-admin\",\"profile\":{" + key + ":1," + key + ":2}}").getBytes(StandardCharsets.UTF_8);
        TenkenException e = assertThrows(TenkenException.class, () -> SelfAssessment.fromJson(doc, "line 1"));
        assertTrue(e.problems().get(0).message().startsWith("syntax error: Duplicate field '[Source: "), e.problems().toString());
    }
}
