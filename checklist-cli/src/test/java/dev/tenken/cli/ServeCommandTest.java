package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenken serve} refuses what it must before it starts (the server itself is tested in checklist-web). */
class ServeCommandTest {
    @Test
    void aNonLoopbackAddressWithoutATokenIsRefused(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("serve", "--host", "0.0.0.0", "--port", "0", "--data", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--token"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aWeakTokenIsRefused(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("serve", "--token", "short", "--port", "0", "--data", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("at least 16"), r.err());
    }

    @Test
    void helpNamesEveryOption() {
        CliTest.Run r = CliTest.run("serve", "--help");
        assertEquals(0, r.code());
        for (String o : new String[] {"--port", "--host", "--data", "--db", "--checklist-dir", "--trust-rules", "--token"}) {
            assertTrue(r.out().contains(o), o);
        }
    }
}
