package dev.tenken.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenken batch}: one JSON self-assessment per line in, one JSON report per line out, in
 * input order and byte-identical whatever the thread count. A bad line yields
 * {@code {"line": N, "error": "..."}} and the rest go on. At most a fixed number of lines are in
 * flight, so memory stays flat however long the input.
 */
@Command(name = "batch", description = "Assess one JSON self-assessment per line; write one JSON report per line, in order.")
final class BatchCommand implements Callable<Integer> {
    private static final int MAX_LINE_CHARS = 4 * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    @Parameters(paramLabel = "<in.jsonl>", description = "Input file, or - for standard input.")
    String input;

    @Option(names = "--output", paramLabel = "out.jsonl", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new Main.UsageException("--threads must be between 1 and 256, was " + n);
        }
        TenkenEngine engine = options.engine(List.of());
        int window = n * 64;
        Counts counts = new Counts();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tenken-batch");
            t.setDaemon(true);
            return t;
        });
        try (BufferedReader in = reader(); Writer out = writer()) {
            ArrayDeque<Future<Result>> pending = new ArrayDeque<>();
            int lineNo = 0;
            for (String line; (line = readLine(in)) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                final int number = lineNo;
                final String text = line;
                pending.add(line.length() > MAX_LINE_CHARS
                        ? CompletableFuture.completedFuture(Result.error(number, "line is longer than " + MAX_LINE_CHARS + " characters"))
                        : pool.submit(() -> assess(engine, text, number)));
                while (pending.size() >= window || (!pending.isEmpty() && pending.peek().isDone())) {
                    emit(pending.poll(), out, counts);
                }
            }
            while (!pending.isEmpty()) {
                emit(pending.poll(), out, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return counts.errors > 0 ? Main.BAD_INPUT : counts.shortfalls > 0 ? Main.SHORTFALL : Main.OK;
    }

    private static final class Counts {
        int errors;
        int shortfalls;
    }

    private record Result(String json, boolean error, boolean shortfall) {
        static Result error(int line, String message) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.writeStartObject();
                g.writeNumberField("line", line);
                g.writeStringField("error", message);
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Result(w.toString(), true, false);
        }
    }

    private Result assess(TenkenEngine engine, String line, int number) {
        try {
            SelfAssessment a = SelfAssessment.fromJson(line, "line " + number);
            AssessmentReport r = engine.assess(a, options.language);
            return new Result(r.toJsonLine(), false, r.hasRequiredShortfall());
        } catch (TenkenException e) {
            return Result.error(number, e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            return Result.error(number, "unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void emit(Future<Result> f, Writer out, Counts counts) throws IOException, InterruptedException {
        Result r;
        try {
            r = f.get();
        } catch (ExecutionException e) {
            r = Result.error(0, "unexpected error: " + e.getCause());
        }
        out.write(r.json());
        out.write('\n');
        if (r.error()) {
            counts.errors++;
        } else if (r.shortfall()) {
            counts.shortfalls++;
        }
    }

    /** Reads a line, but never holds more than the limit plus one character of it. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return b.toString();
            }
            if (c != '\r' && b.length() <= MAX_LINE_CHARS) {
                b.append((char) c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private BufferedReader reader() throws IOException {
        // bad bytes become U+FFFD so that one broken line cannot stop the run; that line then fails alone
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        if ("-".equals(input)) {
            return new BufferedReader(new java.io.InputStreamReader(System.in, decoder), 1 << 16);
        }
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
            throw new Main.UsageException("no such file: " + input);
        }
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(p), decoder), 1 << 16);
    }

    private Writer writer() throws IOException {
        if (output == null) {
            Writer console = spec.commandLine().getOut();
            return new BufferedWriter(new java.io.FilterWriter(console) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open for the caller
                }
            }, 1 << 16);
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
