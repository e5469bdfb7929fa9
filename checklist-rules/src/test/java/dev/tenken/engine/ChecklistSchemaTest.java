package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tenken.checklist.ChecklistJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema accepts every shipped checklist and rejects the invalid fixtures it can judge. */
class ChecklistSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchemaFromTheJar() throws Exception {
        String text = ChecklistJson.schema();
        assertTrue(text.contains("2020-12"), "the schema is shipped in checklist-core's jar");
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    static Stream<String> shipped() {
        List<String> out = new ArrayList<>();
        TenkenEngine.builtInResources().forEach(r -> out.add("classpath:" + r));
        out.add("../examples/sector-checklists/clinic-telework.yaml");
        out.add("../examples/trusted-rules/townhall-wifi.yaml");
        out.add("../checklist-core/src/test/resources/valid/parent.yaml");
        out.add("../checklist-core/src/test/resources/valid/child.yaml");
        return out.stream();
    }

    /** Defects a schema can see (not the ones that need the resolved profile, such as undeclared facts). */
    static Stream<String> invalid() {
        return Stream.of("unknown-rank", "unknown-key-typo", "unknown-operator", "zero-weight", "negative-weight",
                "missing-remediation", "missing-english-title", "bad-item-id", "bad-checklist-id", "tailor-without-extends",
                "unknown-threat", "fact-type-unknown", "enum-fact-without-values", "empty-any", "grading-out-of-range",
                "many-problems-at-once");
    }

    private static String read(String name) throws Exception {
        if (name.startsWith("classpath:")) {
            try (InputStream in = ChecklistSchemaTest.class.getClassLoader().getResourceAsStream(name.substring(10))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everyShippedChecklistValidates(String name) throws Exception {
        List<Error> errors = schema.validate(read(name), InputFormat.YAML);
        assertTrue(errors.isEmpty(), name + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFixturesFailTheSchema(String fixture) throws Exception {
        String text = read("../checklist-core/src/test/resources/invalid/" + fixture + ".yaml");
        assertFalse(schema.validate(text, InputFormat.YAML).isEmpty(), fixture + " passed the schema");
    }
}
