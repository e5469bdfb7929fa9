package dev.tenken.checklist.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.text.JsonStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as JSON with SPEC section 6's keys in a fixed order; surrogates are escaped
 * ({@link JsonStyle#safe}) so the text always encodes as UTF-8, even with a lone surrogate in it.
 */
final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    static String write(AssessmentReport r, boolean pretty) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                JsonStyle.pretty(g);
            } else {
                JsonStyle.safe(g);
            }
            write(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pretty ? out + "\n" : out.toString();
    }

    /** One line, straight to UTF-8 bytes: no String is built and encoded again. */
    static byte[] writeUtf8Line(AssessmentReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            JsonStyle.safe(g);
            write(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, AssessmentReport r) throws IOException {
        {
            g.writeStartObject();
            g.writeObjectFieldStart("checklist");
            g.writeStringField("id", r.checklistId());
            g.writeStringField("version", r.checklistVersion());
            g.writeStringField("title", r.checklistTitle());
            g.writeEndObject();
            g.writeObjectFieldStart("organisation");
            for (Map.Entry<String, String> e : r.organisation().entrySet()) {
                g.writeStringField(JsonStyle.name(e.getKey()), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("assessed_on", r.assessedOn().toString());
            if (!r.assessor().isEmpty()) {
                g.writeObjectFieldStart("assessor");
                for (Map.Entry<String, String> e : r.assessor().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeStringField("tenken_version", r.tenkenVersion());
            g.writeStringField("language", r.language().code());
            g.writeStringField("grade", r.grade().name());
            g.writeNumberField("score", r.score());
            g.writeObjectFieldStart("summary");
            rank(g, "required", r.summary().required());
            rank(g, "recommended", r.summary().recommended());
            g.writeNumberField("not_applicable", r.summary().notApplicable());
            g.writeNumberField("assumed", r.summary().assumed());
            g.writeNumberField("declared_not_applicable", r.summary().declaredNotApplicable());
            g.writeNumberField("waived", r.summary().waived());
            g.writeNumberField("expired_waivers", r.summary().expiredWaivers());
            g.writeEndObject();
            g.writeArrayFieldStart("categories");
            for (CategoryScore c : r.categories()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("title", c.title());
                g.writeNumberField("score", c.score());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                nullable(g, "item", f.item().orElse(null));
                nullable(g, "rank", f.rank().map(dev.tenken.checklist.Rank::label).orElse(null));
                nullable(g, "status", f.status().map(ItemStatus::key).orElse(null));
                g.writeStringField("severity", f.severity().key());
                g.writeStringField("title", f.title());
                g.writeStringField("remediation", f.remediation());
                strings(g, "references", f.references());
                strings(g, "rules", f.rules());
                written(g, f.note(), f.evidence(), f.waiver());
                if (f.waived()) {
                    g.writeBooleanField("waived", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("items");
            for (ItemResult i : r.items()) {
                g.writeStartObject();
                g.writeStringField("item", i.item());
                g.writeStringField("rank", i.rank().label());
                g.writeStringField("status", i.status().key());
                g.writeBooleanField("applicable", i.applicable());
                g.writeStringField("applicability", i.applicability().key());
                if (!i.missingFacts().isEmpty()) {
                    strings(g, "missing_facts", i.missingFacts());
                }
                g.writeStringField("status_from", i.statusFrom().key());
                if (i.answer().isPresent()) {
                    g.writeStringField("answer", i.answer().get().key());
                }
                g.writeStringField("category", i.category());
                g.writeStringField("title", i.title());
                written(g, i.note(), i.evidence(), i.waiver());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "missing_facts", r.missingFacts());
            strings(g, "warnings", r.warnings());
            g.writeEndObject();
        }
    }

    /** What the organisation wrote beside an item: note, evidence, waiver, each only when given. */
    private static void written(JsonGenerator g, java.util.Optional<String> note, java.util.Optional<String> evidence,
                                java.util.Optional<WaiverResult> waiver) throws IOException {
        if (note.isPresent()) {
            g.writeStringField("note", note.get());
        }
        if (evidence.isPresent()) {
            g.writeStringField("evidence", evidence.get());
        }
        if (waiver.isPresent()) {
            WaiverResult w = waiver.get();
            g.writeObjectFieldStart("waiver");
            g.writeStringField("reason", w.reason());
            if (w.approvedBy().isPresent()) {
                g.writeStringField("approved_by", w.approvedBy().get());
            }
            g.writeStringField("expires", w.expires().toString());
            g.writeBooleanField("expired", w.expired());
            g.writeEndObject();
        }
    }

    private static void rank(JsonGenerator g, String name, RankSummary s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("applicable", s.applicable());
        g.writeNumberField("met", s.met());
        g.writeNumberField("partial", s.partial());
        g.writeNumberField("unmet", s.unmet());
        g.writeNumberField("unanswered", s.unanswered());
        g.writeNumberField("score", s.score());
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
