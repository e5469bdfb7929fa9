package dev.tenken.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.SelfAssessment;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The answers of one assessment as a SPEC section 3 document (a JSON tree): made from the
 * questionnaire's form, read back into the form, written as JSON or YAML, and read by the library.
 * The document is kept as the person typed it, even when it does not yet pass the checklist's
 * checks: a draft may be incomplete, and the library says what is wrong.
 */
final class Answers {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The statuses a person can choose, in the order shown; "" is 未回答. */
    static final List<String> STATUSES = List.of("met", "partial", "unmet", "not_applicable", "unknown");

    private Answers() {
    }

    /** A new document with the organisation's details and nothing answered. */
    static ObjectNode start(String checklistId, String organisation, String sector, String assessor, String assessedOn) {
        ObjectNode doc = F.objectNode();
        doc.put("checklist", checklistId);
        if (!assessedOn.isBlank()) {
            doc.put("assessed_on", assessedOn.strip());
        }
        ObjectNode org = doc.putObject("organisation");
        org.put("name", organisation);
        if (!sector.isBlank()) {
            org.put("sector", sector);
        }
        if (!assessor.isBlank()) {
            doc.putObject("assessor").put("name", assessor);
        }
        doc.putObject("profile");
        doc.putObject("answers");
        return doc;
    }

    /** The profile answered in the form: fields {@code p.KEY} (a set has one field per member). */
    static ObjectNode profile(Checklist c, FormFields form) throws Exchange.Refused {
        ObjectNode profile = F.objectNode();
        for (ProfileFact f : c.profile()) {
            String name = "p." + f.key();
            switch (f.type()) {
                case SET -> {
                    List<String> members = form.all(name);
                    if (!members.isEmpty() || !form.one("p0." + f.key()).isEmpty()) {
                        ArrayNode a = profile.putArray(f.key());
                        members.stream().filter(m -> !m.isEmpty()).distinct().forEach(a::add);
                    }
                }
                case BOOLEAN -> {
                    String v = form.one(name);
                    if (v.equals("true") || v.equals("false")) {
                        profile.put(f.key(), Boolean.parseBoolean(v));
                    }
                }
                case NUMBER -> {
                    String v = form.one(name).strip();
                    if (!v.isEmpty()) {
                        try {
                            profile.put(f.key(), new BigDecimal(v));
                        } catch (NumberFormatException e) {
                            profile.put(f.key(), v); // kept as typed: the library reports it with the key
                        }
                    }
                }
                default -> {
                    String v = form.one(name);
                    if (!v.isBlank()) {
                        profile.put(f.key(), v.strip());
                    }
                }
            }
        }
        return profile;
    }

    /** The answers given in the form: fields {@code s.ID}, {@code n.ID}, {@code e.ID}, {@code wr/wa/wx.ID}. */
    static ObjectNode answers(Checklist c, FormFields form) throws Exchange.Refused {
        ObjectNode answers = F.objectNode();
        for (Item item : (Iterable<Item>) c.items()::iterator) {
            String id = item.id();
            String status = form.one("s." + id);
            String note = form.one("n." + id).strip();
            String evidence = form.one("e." + id).strip();
            String reason = form.one("wr." + id).strip();
            String approver = form.one("wa." + id).strip();
            String expires = form.one("wx." + id).strip();
            boolean waiver = !(reason.isEmpty() && approver.isEmpty() && expires.isEmpty());
            if (status.isEmpty() && note.isEmpty() && evidence.isEmpty() && !waiver) {
                continue;
            }
            ObjectNode a = answers.putObject(id);
            a.put("status", status.isEmpty() ? "unknown" : status);
            if (!note.isEmpty()) {
                a.put("note", note);
            }
            if (!evidence.isEmpty()) {
                a.put("evidence", evidence);
            }
            if (waiver) {
                ObjectNode w = a.putObject("waiver");
                w.put("reason", reason);
                if (!approver.isEmpty()) {
                    w.put("approved_by", approver);
                }
                w.put("expires", expires);
            }
        }
        return answers;
    }

    /** Reads a stored document. */
    static ObjectNode parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return n instanceof ObjectNode o ? o : F.objectNode();
        } catch (JsonProcessingException e) {
            return F.objectNode();
        }
    }

    static String toJson(JsonNode doc) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String toYaml(JsonNode doc) {
        try {
            return YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SPEC section 3 document of an assessment read some other way (an Excel upload), as it is
     * stored: reading it back gives an equal assessment.
     */
    static ObjectNode document(SelfAssessment a) {
        ObjectNode doc = F.objectNode();
        doc.put("checklist", a.checklistId());
        if (!a.organisation().isEmpty()) {
            ObjectNode o = doc.putObject("organisation");
            a.organisation().forEach(o::put);
        }
        a.assessedOn().ifPresent(d -> doc.put("assessed_on", d.toString()));
        if (!a.assessor().isEmpty()) {
            ObjectNode o = doc.putObject("assessor");
            a.assessor().forEach(o::put);
        }
        ObjectNode profile = doc.putObject("profile");
        a.profile().forEach((key, v) -> {
            if (v instanceof dev.tenken.checklist.FactValue.Bool b) {
                profile.put(key, b.value());
            } else if (v instanceof dev.tenken.checklist.FactValue.Num n) {
                profile.put(key, n.value());
            } else if (v instanceof dev.tenken.checklist.FactValue.Text t) {
                profile.put(key, t.value());
            } else if (v instanceof dev.tenken.checklist.FactValue.Members m) {
                ArrayNode list = profile.putArray(key);
                m.members().stream().sorted().forEach(list::add);
            }
        });
        ObjectNode answers = doc.putObject("answers");
        a.answers().forEach((id, ans) -> {
            ObjectNode o = answers.putObject(id);
            o.put("status", ans.status().key());
            ans.note().ifPresent(n -> o.put("note", n));
            ans.evidence().ifPresent(e -> o.put("evidence", e));
            ans.waiver().ifPresent(w -> {
                ObjectNode wo = o.putObject("waiver");
                wo.put("reason", w.reason());
                w.approvedBy().ifPresent(b -> wo.put("approved_by", b));
                wo.put("expires", w.expires().toString());
            });
        });
        return doc;
    }

    /** Reads the document as the library does, with every problem in it. */
    static SelfAssessment.Reading read(JsonNode doc, String source) {
        return SelfAssessment.read(new ByteArrayInputStream(toJson(doc).getBytes(StandardCharsets.UTF_8)), source);
    }

    /** A text field of the document, or "". */
    static String text(JsonNode doc, String... path) {
        JsonNode n = doc;
        for (String p : path) {
            n = n == null ? null : n.get(p);
        }
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }

    /** The answer object of an item, if any (a bare status string is read as {@code {status: ...}}). */
    static Optional<ObjectNode> answer(JsonNode doc, String itemId) {
        JsonNode n = doc.path("answers").get(itemId);
        if (n instanceof ObjectNode o) {
            return Optional.of(o);
        }
        if (n != null && n.isTextual()) {
            ObjectNode o = F.objectNode();
            o.put("status", n.asText());
            return Optional.of(o);
        }
        return Optional.empty();
    }

    /** Form fields by name, as the form posted them. */
    interface FormFields {
        String one(String name) throws Exchange.Refused;

        List<String> all(String name) throws Exchange.Refused;
    }
}
