package dev.tenken.checklist.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tenken.checklist.text.JsonStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as JSON with SPEC section 6's keys in a fixed order; surrogates are escaped
 * ({@link JsonStyle#safe}) so the text always encodes as UTF-8, even with a lone surrogate in it.
 */
final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Names written for every item and finding, encoded once (Jackson copies their bytes). */
    private static final SerializedString ITEM = new SerializedString("item");
    private static final SerializedString RANK = new SerializedString("rank");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString REMEDIATION = new SerializedString("remediation");
    private static final SerializedString REFERENCES = new SerializedString("references");
    private static final SerializedString RULES = new SerializedString("rules");
    private static final SerializedString APPLICABLE = new SerializedString("applicable");
    private static final SerializedString APPLICABILITY = new SerializedString("applicability");
    private static final SerializedString STATUS_FROM = new SerializedString("status_from");
    private static final SerializedString CATEGORY = new SerializedString("category");
    /** The keys of statuses, applicabilities, sources and severities, by ordinal: values written for every item. */
    private static final SerializedString[] STATUS_KEYS = keys(ItemStatus.values(), ItemStatus::key);
    private static final SerializedString[] APPLICABILITY_KEYS = keys(Applicability.values(), Applicability::key);
    private static final SerializedString[] STATUS_FROM_KEYS = keys(StatusSource.values(), StatusSource::key);
    private static final SerializedString[] SEVERITY_KEYS = keys(dev.tenken.checklist.Severity.values(),
            dev.tenken.checklist.Severity::key);

    private ReportJson() {
    }

    private static <E extends Enum<E>> SerializedString[] keys(E[] values, java.util.function.Function<E, String> key) {
        SerializedString[] out = new SerializedString[values.length];
        for (E v : values) {
            out[v.ordinal()] = new SerializedString(key.apply(v));
        }
        return out;
    }

    static String write(AssessmentReport r, boolean pretty) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                JsonStyle.pretty(g);
            } else {
                JsonStyle.safe(g);
            }
            write(g, r, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pretty ? out + "\n" : out.toString();
    }

    /** One line, straight to UTF-8 bytes: no String is built and encoded again. */
    static byte[] writeUtf8Line(AssessmentReport r) {
        return writeUtf8Line(r, Map.of(), false);
    }

    /**
     * One line in UTF-8, optionally ending in a line feed, with each text found in {@code encoded}
     * copied from there instead of escaped and encoded again (see {@link #encode}).
     */
    static byte[] writeUtf8Line(AssessmentReport r, Map<String, byte[]> encoded, boolean lineFeed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            JsonStyle.safe(g);
            write(g, r, encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lineFeed) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /**
     * Texts as this class writes them inside quotes: escaped by {@link JsonStyle#safe}, in
     * UTF-8. Escaping and encoding Japanese text one character at a time was a fifth of the
     * work of a JSON-lines batch; a checklist's own texts (titles, remediation hints,
     * references) are the same in every report, so they are done once ({@link ReportBuilder}).
     */
    static Map<String, byte[]> encode(Iterable<String> texts) {
        Map<String, byte[]> out = new HashMap<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        for (String t : texts) {
            if (out.containsKey(t)) {
                continue;
            }
            buffer.reset();
            try (JsonGenerator g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
                JsonStyle.safe(g);
                g.writeString(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] quoted = buffer.toByteArray();
            out.put(t, Arrays.copyOfRange(quoted, 1, quoted.length - 1));
        }
        return out;
    }

    /** A text field, copied when it is one of the encoded texts. */
    private static void text(JsonGenerator g, SerializableString name, String value, Map<String, byte[]> encoded)
            throws IOException {
        g.writeFieldName(name);
        text(g, value, encoded);
    }

    private static void text(JsonGenerator g, String value, Map<String, byte[]> encoded) throws IOException {
        byte[] b = encoded.get(value);
        if (b == null) {
            g.writeString(value);
        } else {
            g.writeRawUTF8String(b, 0, b.length); // adds the quotes, escapes nothing more
        }
    }

    private static void write(JsonGenerator g, AssessmentReport r, Map<String, byte[]> encoded) throws IOException {
        {
            g.writeStartObject();
            g.writeObjectFieldStart("checklist");
            g.writeStringField("id", r.checklistId());
            g.writeStringField("version", r.checklistVersion());
            text(g, TITLE, r.checklistTitle(), encoded);
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
                text(g, TITLE, c.title(), encoded);
                g.writeNumberField("score", c.score());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                if (f.item().isPresent()) {
                    text(g, ITEM, f.item().get(), encoded);
                } else {
                    g.writeFieldName(ITEM);
                    g.writeNull();
                }
                if (f.rank().isPresent()) {
                    text(g, RANK, f.rank().get().label(), encoded);
                } else {
                    g.writeFieldName(RANK);
                    g.writeNull();
                }
                g.writeFieldName(STATUS);
                if (f.status().isPresent()) {
                    g.writeString(STATUS_KEYS[f.status().get().ordinal()]);
                } else {
                    g.writeNull();
                }
                field(g, SEVERITY, SEVERITY_KEYS[f.severity().ordinal()]);
                text(g, TITLE, f.title(), encoded);
                text(g, REMEDIATION, f.remediation(), encoded);
                g.writeFieldName(REFERENCES);
                g.writeStartArray();
                for (String ref : f.references()) {
                    text(g, ref, encoded);
                }
                g.writeEndArray();
                g.writeFieldName(RULES);
                g.writeStartArray();
                for (String rule : f.rules()) {
                    g.writeString(rule);
                }
                g.writeEndArray();
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
                text(g, ITEM, i.item(), encoded);
                text(g, RANK, i.rank().label(), encoded);
                field(g, STATUS, STATUS_KEYS[i.status().ordinal()]);
                g.writeFieldName(APPLICABLE);
                g.writeBoolean(i.applicable());
                field(g, APPLICABILITY, APPLICABILITY_KEYS[i.applicability().ordinal()]);
                if (!i.missingFacts().isEmpty()) {
                    strings(g, "missing_facts", i.missingFacts());
                }
                field(g, STATUS_FROM, STATUS_FROM_KEYS[i.statusFrom().ordinal()]);
                if (i.answer().isPresent()) {
                    g.writeStringField("answer", i.answer().get().key());
                }
                text(g, CATEGORY, i.category(), encoded);
                text(g, TITLE, i.title(), encoded);
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

    private static void field(JsonGenerator g, SerializableString name, SerializableString value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
