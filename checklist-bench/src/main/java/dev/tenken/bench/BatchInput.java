package dev.tenken.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Answer;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.engine.TenkenEngine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes seeded self-assessments of a built-in checklist as JSON Lines, the input of
 * {@code tenken batch}, for the CLI measurements in {@code scripts/measure-cli.sh}.
 *
 * <pre>java -cp checklist-bench/target/benchmarks.jar dev.tenken.bench.BatchInput telework-admin 100000 [seed] &gt; in.jsonl</pre>
 */
public final class BatchInput {
    private BatchInput() {
    }

    /** Arguments: checklist id, number of lines, optional seed. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BatchInput <built-in checklist id> <lines> [seed]");
            System.exit(2);
        }
        Checklist c = TenkenEngine.builder().withBuiltInChecklists().build().checklist(args[0])
                .orElseThrow(() -> new IllegalArgumentException("no built-in checklist " + args[0]));
        int lines = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        JsonFactory json = new JsonFactory();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            // generate in chunks so that memory stays small for any line count
            for (int done = 0; done < lines; done += 1000) {
                for (SelfAssessment a : Workload.assessments(c, Math.min(1000, lines - done), seed + done)) {
                    write(json, a, out);
                    out.write('\n');
                }
            }
        }
    }

    static void write(JsonFactory json, SelfAssessment a, Writer out) throws IOException {
        JsonGenerator g = json.createGenerator(out);
        g.writeStartObject();
        g.writeStringField("checklist", a.checklistId());
        g.writeObjectFieldStart("organisation");
        for (Map.Entry<String, String> e : a.organisation().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("profile");
        for (Map.Entry<String, FactValue> e : a.profile().entrySet()) {
            g.writeFieldName(e.getKey());
            FactValue v = e.getValue();
            if (v instanceof FactValue.Bool b) {
                g.writeBoolean(b.value());
            } else if (v instanceof FactValue.Num n) {
                g.writeNumber(n.value());
            } else if (v instanceof FactValue.Text t) {
                g.writeString(t.value());
            } else {
                List<String> members = List.copyOf(((FactValue.Members) v).members());
                g.writeStartArray();
                for (String m : members) {
                    g.writeString(m);
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("answers");
        for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().status().key());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
    }
}
