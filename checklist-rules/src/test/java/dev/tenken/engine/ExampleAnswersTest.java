package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenken.checklist.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's JSON example for the HTTP API says what the YAML sample says. */
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
}
