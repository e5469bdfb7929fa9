package dev.tenken.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
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
import picocli.CommandLine.ParentCommand;
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
    private static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    @Parameters(paramLabel = "<in.jsonl>", description = "Input file, or - for standard input.")
    String input;

    @Option(names = "--output", paramLabel = "out.jsonl", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one less than the number of cores, at least 1: the main thread "
            + "is busy reading and writing).")
    Integer threads;

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        // the main thread copies every report out (about 20 KB each), so it needs a core of its own
        int n = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : threads;
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
        // The main thread only moves bytes: workers decode, assess and encode, because the reports
        // are large (about 20 KB a line for telework-admin) and encoding them on one thread would
        // cap the whole run at that thread's speed.
        try (LineReader in = new LineReader(input(), MAX_LINE_BYTES); OutputStream out = output()) {
            ArrayDeque<Future<Result>> pending = new ArrayDeque<>();
            for (byte[] line; (line = in.next()) != null; ) {
                int number = in.lineNumber();
                if (isBlank(line)) {
                    continue;
                }
                byte[] bytes = line;
                pending.add(in.truncated()
                        ? CompletableFuture.completedFuture(Result.error(number, "line is longer than " + MAX_LINE_BYTES + " bytes"))
                        : pool.submit(() -> assess(engine, bytes, number)));
                while (pending.size() >= window || (!pending.isEmpty() && pending.peek().isDone())) {
                    emit(pending.poll(), out, counts);
                }
            }
            while (!pending.isEmpty()) {
                emit(pending.poll(), out, counts);
            }
        } catch (IOException e) {
            if (output != null || !String.valueOf(e.getMessage()).contains("Broken pipe")) {
                throw e;
            }
            // the reader went away (| head): stop quietly, as Unix tools do
        } finally {
            pool.shutdownNow();
        }
        return counts.errors > 0 ? Main.BAD_INPUT : counts.shortfalls > 0 ? Main.SHORTFALL : Main.OK;
    }

    private static final class Counts {
        int errors;
        int shortfalls;
    }

    /** One output line, UTF-8 encoded with its line feed, ready to copy out. */
    private record Result(byte[] line, boolean error, boolean shortfall) {
        static Result of(String json, boolean error, boolean shortfall) {
            return of(json.getBytes(StandardCharsets.UTF_8), error, shortfall);
        }

        static Result of(byte[] text, boolean error, boolean shortfall) {
            byte[] out = Arrays.copyOf(text, text.length + 1);
            out[text.length] = '\n';
            return new Result(out, error, shortfall);
        }

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
            return of(w.toString(), true, false);
        }
    }

    private Result assess(TenkenEngine engine, byte[] line, int number) {
        try {
            // malformed UTF-8 becomes U+FFFD, so one broken line fails alone instead of stopping the run
            SelfAssessment a = SelfAssessment.fromJson(new String(line, StandardCharsets.UTF_8), "line " + number);
            AssessmentReport r = engine.assess(a, options.language);
            return Result.of(r.toJsonLineUtf8(), false, r.hasRequiredShortfall());
        } catch (TenkenException e) {
            return Result.error(number, e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            return Result.error(number, "unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void emit(Future<Result> f, OutputStream out, Counts counts) throws IOException, InterruptedException {
        Result r;
        try {
            r = f.get();
        } catch (ExecutionException e) {
            r = Result.error(0, "unexpected error: " + e.getCause());
        }
        out.write(r.line());
        if (r.error()) {
            counts.errors++;
        } else if (r.shortfall()) {
            counts.shortfalls++;
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private InputStream input() throws IOException {
        if ("-".equals(input)) {
            return System.in;
        }
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
            throw new Main.UsageException("no such file: " + input);
        }
        return Files.newInputStream(p);
    }

    private OutputStream output() throws IOException {
        if (output != null) {
            return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        }
        OutputStream raw = main.rawOut();
        if (raw != null) {
            // the real standard output: bytes go straight out; closing flushes but leaves it open
            return new BufferedOutputStream(new FilterOutputStream(raw) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
        }
        // embedded (tests): through the command's writer
        PrintWriter console = spec.commandLine().getOut();
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void close() {
                console.flush();
            }
        };
    }
}
