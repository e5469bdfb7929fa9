package dev.tenken.checklist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a resolved checklist as JSON with the keys of SPEC section 2 ({@code extends} and
 * {@code tailor} already applied, so neither appears). The output loads back to an equal
 * checklist.
 *
 * @since 0.1
 */
public final class ChecklistJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Where the schema is shipped in this module's jar. */
    private static final String SCHEMA = "tenken-checklist.schema.json";

    /**
     * The JSON Schema (draft 2020-12) of checklist files, as shipped in the jar: for editors and
     * for checking files before they reach Tenken. It cannot see everything loading checks
     * (undeclared facts, inherited ids), so loading remains the final word.
     *
     * @return the schema as JSON text
     * @throws IllegalStateException if the schema is missing from the jar
     * @since 0.2
     */
    public static String schema() {
        try (java.io.InputStream in = ChecklistJson.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChecklistJson() {
    }

    /**
     * Pretty-printed JSON ending in a newline.
     *
     * @param c the resolved checklist to write
     * @return the checklist as JSON text
     */
    public static String write(Checklist c) {
        StringWriter out = new StringWriter(16384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            dev.tenken.checklist.text.JsonStyle.pretty(g);
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("version", c.version());
            text(g, "title", c.title());
            g.writeStringField("audience", c.audience());
            g.writeArrayFieldStart("sources");
            for (SourceRef s : c.sources()) {
                g.writeStartObject();
                g.writeStringField("title", s.title());
                if (!s.section().isEmpty()) {
                    g.writeStringField("section", s.section());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("profile");
            for (ProfileFact f : c.profile()) {
                g.writeStartObject();
                g.writeStringField("key", f.key());
                g.writeStringField("type", f.type().key());
                if (!f.values().isEmpty()) {
                    strings(g, "values", f.values());
                }
                text(g, "question", f.question());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("grading");
            g.writeNumberField("a_recommended_min", c.grading().aRecommendedMin());
            g.writeNumberField("c_required_min", c.grading().cRequiredMin());
            g.writeNumberField("d_required_min", c.grading().dRequiredMin());
            g.writeEndObject();
            g.writeArrayFieldStart("categories");
            for (Category cat : c.categories()) {
                g.writeStartObject();
                g.writeStringField("id", cat.id());
                text(g, "title", cat.title());
                g.writeArrayFieldStart("items");
                for (Item i : cat.items()) {
                    item(g, i);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!c.concerns().isEmpty()) {
                g.writeArrayFieldStart("concerns");
                for (Concern k : c.concerns()) {
                    g.writeStartObject();
                    g.writeStringField("id", k.id());
                    if (k.when().isPresent()) {
                        g.writeFieldName("when");
                        condition(g, k.when().get());
                    }
                    strings(g, "items_not_met", k.itemsNotMet());
                    g.writeStringField("severity", k.severity().key());
                    g.writeBooleanField("raise", k.raise());
                    text(g, "title", k.title());
                    text(g, "remediation", k.remediation());
                    references(g, k.references());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!c.rules().isEmpty()) {
                strings(g, "rules", c.rules().stream().map(RuleFile::name).toList());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void item(JsonGenerator g, Item i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("rank", i.rank().label());
        text(g, "title", i.title());
        if (i.description().isPresent()) {
            text(g, "description", i.description().get());
        }
        text(g, "remediation", i.remediation());
        references(g, i.references());
        if (!i.threats().isEmpty()) {
            strings(g, "threats", i.threats());
        }
        if (i.appliesWhen().isPresent()) {
            g.writeFieldName("applies_when");
            condition(g, i.appliesWhen().get());
        }
        if (i.check().isPresent()) {
            g.writeFieldName("check");
            condition(g, i.check().get());
        }
        g.writeNumberField("weight", i.weight());
        g.writeEndObject();
    }

    private static void condition(JsonGenerator g, Condition c) throws IOException {
        g.writeStartObject();
        if (c instanceof Condition.All a) {
            g.writeArrayFieldStart("all");
            for (Condition p : a.parts()) {
                condition(g, p);
            }
            g.writeEndArray();
        } else if (c instanceof Condition.Any a) {
            g.writeArrayFieldStart("any");
            for (Condition p : a.parts()) {
                condition(g, p);
            }
            g.writeEndArray();
        } else if (c instanceof Condition.Not n) {
            g.writeFieldName("not");
            condition(g, n.part());
        } else {
            Condition.Comparison k = (Condition.Comparison) c;
            g.writeStringField("fact", k.fact());
            g.writeFieldName(k.operator().key());
            value(g, k.operand());
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, FactValue v) throws IOException {
        if (v instanceof FactValue.Bool b) {
            g.writeBoolean(b.value());
        } else if (v instanceof FactValue.Num n) {
            g.writeNumber(n.value());
        } else if (v instanceof FactValue.Text t) {
            g.writeString(t.value());
        } else {
            g.writeStartArray();
            for (String m : ((FactValue.Members) v).members()) {
                g.writeString(m);
            }
            g.writeEndArray();
        }
    }

    private static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("ja", t.ja());
        g.writeStringField("en", t.en());
        g.writeEndObject();
    }

    /** References: one string when it reads the same in both languages, else {@code {ja, en}}. */
    private static void references(JsonGenerator g, java.util.List<LocalizedText> refs) throws IOException {
        g.writeArrayFieldStart("references");
        for (LocalizedText r : refs) {
            if (r.ja().equals(r.en())) {
                g.writeString(r.ja());
            } else {
                g.writeStartObject();
                g.writeStringField("ja", r.ja());
                g.writeStringField("en", r.en());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
