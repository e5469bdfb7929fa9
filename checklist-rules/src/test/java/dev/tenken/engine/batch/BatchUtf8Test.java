package dev.tenken.engine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import dev.tenken.engine.TenkenEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lines are decoded quickly and checked strictly only when the quick decoder met something it
 * replaced: a line holding a real U+FFFD is assessed; a line with bytes that are not UTF-8 is an
 * error naming the first bad byte, as before.
 */
class BatchUtf8Test {
    private static TenkenEngine engine;

    @BeforeAll
    static void engine() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
    }

    private static List<String> run(byte[] input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch.run(engine, new ByteArrayInputStream(input), out, new BatchOptions(BatchFormat.JSONL, Language.EN, 1));
        return new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    @Test
    void aRealReplacementCharacterIsAssessedAndBadBytesAreNamed() throws Exception {
        byte[] head = "{\"checklist\":\"telework-admin\",\"organisation\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"},\"answers\":{\"TA-01\":\"met\"}}\n".getBytes(StandardCharsets.UTF_8);
        byte[] input = concat(head, "A\uFFFDB".getBytes(StandardCharsets.UTF_8), tail,
                head, new byte[] {'A', (byte) 0xC3, '('}, tail,
                head, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, tail,
                head, new byte[] {(byte) 0xC0, (byte) 0xAF}, tail);
        List<String> lines = run(input);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).contains("\"A\uFFFDB\""), lines.get(0));
        int at = head.length + 2;
        assertEquals("{\"line\":2,\"error\":\"invalid UTF-8 at byte " + at + " of the line\"}", lines.get(1));
        assertEquals("{\"line\":3,\"error\":\"invalid UTF-8 at byte " + (head.length + 1) + " of the line\"}", lines.get(2));
        assertEquals("{\"line\":4,\"error\":\"invalid UTF-8 at byte " + (head.length + 1) + " of the line\"}", lines.get(3));
    }
}
