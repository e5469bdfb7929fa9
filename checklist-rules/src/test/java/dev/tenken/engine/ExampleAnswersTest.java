package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.engine.batch.Batch;
import dev.tenken.engine.batch.BatchFormat;
import dev.tenken.engine.batch.BatchOptions;
import dev.tenken.engine.batch.BatchResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's JSON example for the HTTP API says what the YAML sample says, and its JSON-lines
 * example for {@code batch} (one organisation per line) reads without a bad line, its first line
 * being that sample.
 */
class ExampleAnswersTest {
    @Test
    void theJsonSampleIsTheYamlSample() throws Exception {
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().build();
        Path dir = Path.of("../examples/answers");
        for (Language l : Language.values()) {
            assertEquals(engine.assess(dir.resolve("telework-admin-sample.yaml"), l).toJson(),
                    engine.assess(dir.resolve("telework-admin-sample.json"), l).toJson(), l.toString());
        }
    }

    @Test
    void theJsonLinesExampleIsAssessedWithoutABadLine() throws Exception {
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().build();
        Path dir = Path.of("../examples/answers");
        List<String> lines = Files.readAllLines(dir.resolve("organisations.jsonl"), StandardCharsets.UTF_8);
        assertEquals(engine.assess(dir.resolve("telework-admin-sample.json"), Language.EN).toJson(),
                engine.assess(SelfAssessment.fromJson(lines.get(0), "line 1"), Language.EN).toJson());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchResult r;
        try (InputStream in = Files.newInputStream(dir.resolve("organisations.jsonl"))) {
            r = Batch.run(engine, in, out, BatchOptions.of(BatchFormat.CSV));
        }
        assertEquals(lines.size(), r.lines());
        assertEquals(0, r.errors(), out.toString(StandardCharsets.UTF_8));
        assertTrue(r.lines() >= 4 && lines.stream().map(l -> l.contains("wifi-provider")).distinct().count() == 2,
                "organisations on more than one checklist");
    }
}
