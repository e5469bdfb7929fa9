package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bytes over the size limit are refused as too large, before any other check, whatever they hold. */
class OversizedJsonTest {
    @Test
    void tooManyBytesAreTooLargeEvenWhenTheyAreNotUtf8() {
        int limit = 8 * 1024 * 1024;
        byte[] big = new byte[limit * 2];
        Arrays.fill(big, (byte) 0xFF); // not UTF-8 either
        TenkenException e = assertThrows(TenkenException.class, () -> SelfAssessment.fromJson(big, 1, big.length - 1, "line 3"));
        assertEquals(1, e.problems().size());
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("file is " + (big.length - 1) + " bytes; the limit is "), message);
        assertEquals("line 3", e.problems().get(0).source());
    }
}
