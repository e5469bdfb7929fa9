package dev.tenken.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenken batch}: one JSON self-assessment per line in, one JSON report per line out, in
 * input order and byte-identical whatever the thread count.
 *
 * <p>Output line N always answers input line N: a line that cannot be assessed yields
 * {@code {"line": N, "error": "..."}} (N 1-based) and the rest go on. That includes a blank line,
 * a line that is not valid UTF-8 (decoded strictly, never patched with replacement characters)
 * and a line longer than {@value #MAX_LINE_BYTES} bytes (skipped as it is read, never held in
 * memory). A {@code \r\n} line end works; a line end at the end of the input does not make an
 * extra line. Any such line makes the run exit 2.
 *
 * <p>At most a fixed number of lines, and of bytes, are in flight, so memory stays flat however
 * long the input. {@code --output} is written to a temporary file beside it and moved into place
 * only when the whole run has been written; it may not be the input file.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Assess one JSON self-assessment per line; write one JSON report per line, in order.")
final class BatchCommand implements Callable<Integer> {
    /** The longest input line assessed, in bytes; a longer one becomes an error line. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    /** Input bytes in flight (queued or being assessed), counting each line as at least {@link #LINE_COST}. */
    private static final long MAX_BYTES_IN_FLIGHT = 64L * 1024 * 1024;
    /** What a line is counted as in flight beyond its own bytes: about its report's size. */
    private static final int LINE_COST = 32 * 1024;
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ControlEscapes());

    @Parameters(paramLabel = "<in.jsonl>", description = "Input file, or - for standard input.")
    String input;

    @Option(names = "--output", paramLabel = "out.jsonl", description = "Write to this file instead of standard output "
            + "(written whole at the end, or not at all; never the input file).")
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
        if (output != null) {
            AtomicOutput.check(output, protectedInputs()); // before any work: refuse early
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
        try (LineReader in = new LineReader(input(), MAX_LINE_BYTES); Sink out = sink()) {
            try {
                ArrayDeque<Pending> pending = new ArrayDeque<>();
                long inFlight = 0;
                for (byte[] line; (line = read(in)) != null; ) {
                    long number = in.lineNumber();
                    Future<Result> result;
                    if (in.tooLong()) {
                        result = CompletableFuture.completedFuture(Result.error(number,
                                "line is longer than " + MAX_LINE_BYTES + " bytes; skipped"));
                    } else if (isBlank(line)) {
                        result = CompletableFuture.completedFuture(Result.error(number,
                                "blank line: expected one JSON self-assessment on every line"));
                    } else {
                        byte[] bytes = line;
                        result = pool.submit(() -> assess(engine, bytes, number));
                    }
                    Pending p = new Pending(number, (long) line.length + LINE_COST, result);
                    pending.add(p);
                    inFlight += p.cost();
                    while (pending.size() >= window || inFlight > MAX_BYTES_IN_FLIGHT
                            || (!pending.isEmpty() && pending.peek().result().isDone())) {
                        inFlight -= emit(pending.poll(), out.stream(), counts);
                    }
                }
                while (!pending.isEmpty()) {
                    emit(pending.poll(), out.stream(), counts);
                }
                out.stream().flush();
            } catch (IOException e) {
                // reading failures were turned into usage errors by read(): this is the output
                if (output == null && String.valueOf(e.getMessage()).contains("Broken pipe")) {
                    // the reader went away (| head): stop quietly, as Unix tools do
                    return exitCode(counts);
                }
                throw output == null
                        ? new Main.UsageException("cannot write standard output: " + AtomicOutput.describe(e))
                        : AtomicOutput.failure(output, e);
            }
            out.commit();
        } finally {
            pool.shutdownNow();
        }
        return exitCode(counts);
    }

    private static int exitCode(Counts counts) {
        return counts.errors > 0 ? Main.BAD_INPUT : counts.shortfalls > 0 ? Main.SHORTFALL : Main.OK;
    }

    private static final class Counts {
        int errors;
        int shortfalls;
    }

    /** One input line on its way: its number, what it counts in flight, and its output to come. */
    private record Pending(long line, long cost, Future<Result> result) {
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

        /** {@code {"line":N,"error":"..."}}; control characters in the message are escaped. */
        static Result error(long line, String message) {
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

    /**
     * Escapes, besides what JSON requires (U+0000 to U+001F), DEL, the C1 controls and the line
     * and paragraph separators, so an error line printed to a terminal cannot carry a raw control
     * character in any form.
     */
    private static final class ControlEscapes extends CharacterEscapes {
        private final int[] ascii;

        ControlEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private Result assess(TenkenEngine engine, byte[] line, long number) {
        String text;
        ByteBuffer bytes = ByteBuffer.wrap(line);
        try {
            // strictly: a line that is not UTF-8 is an error, not a guess with replacement characters
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return Result.error(number, "invalid UTF-8 at byte " + (bytes.position() + 1) + " of the line");
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as Windows editors write
        }
        try {
            SelfAssessment a = SelfAssessment.fromJson(text, "line " + number);
            AssessmentReport r = engine.assess(a, options.language);
            return Result.of(r.toJsonLineUtf8(), false, r.hasRequiredShortfall());
        } catch (TenkenException e) {
            return Result.error(number, e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
        } catch (RuntimeException | StackOverflowError e) {
            return Result.error(number, internalError(e));
        }
    }

    private String internalError(Throwable e) {
        if (System.getenv("TENKEN_DEBUG") != null) {
            PrintWriter err = spec.commandLine().getErr();
            synchronized (err) {
                e.printStackTrace(err);
                err.flush();
            }
        }
        return "internal error while assessing this line (set TENKEN_DEBUG=1 for details)";
    }

    /** Writes one line out; returns what it counted in flight. */
    private long emit(Pending p, OutputStream out, Counts counts) throws IOException, InterruptedException {
        Result r;
        try {
            r = p.result().get();
        } catch (ExecutionException e) {
            r = Result.error(p.line(), internalError(e.getCause()));
        }
        out.write(r.line());
        if (r.error()) {
            counts.errors++;
        } else if (r.shortfall()) {
            counts.shortfalls++;
        }
        return p.cost();
    }

    private byte[] read(LineReader in) {
        try {
            return in.next();
        } catch (IOException e) {
            throw new Main.UsageException("cannot read " + ("-".equals(input) ? "standard input" : AtomicOutput.shown(input))
                    + ": " + AtomicOutput.describe(e));
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

    /**
     * What {@code --output} may not be: the input (standard input too, where the system shows
     * what it is) and the checklist files loaded from {@code --checklist-dir}.
     */
    private List<Path> protectedInputs() {
        List<Path> inputs = new ArrayList<>();
        if ("-".equals(input)) {
            if (Files.isRegularFile(AtomicOutput.STANDARD_INPUT)) {
                inputs.add(AtomicOutput.STANDARD_INPUT);
            }
        } else {
            inputs.add(Path.of(input));
        }
        for (Path dir : options.checklistDirs) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
                }).forEach(inputs::add);
            } catch (IOException | RuntimeException e) {
                // the engine reports an unreadable directory itself
            }
        }
        return inputs;
    }

    private InputStream input() {
        if ("-".equals(input)) {
            return System.in;
        }
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
            throw new Main.UsageException("no such file: " + AtomicOutput.shown(input));
        }
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new Main.UsageException("cannot read " + AtomicOutput.shown(input) + ": " + AtomicOutput.describe(e));
        }
    }

    /** Where the lines go, and how a finished run is made final. */
    private interface Sink extends AutoCloseable {
        OutputStream stream();

        /** The whole run is written: make it final. */
        void commit() throws IOException;

        @Override
        void close() throws IOException;
    }

    private Sink sink() {
        if (output != null) {
            AtomicOutput file = AtomicOutput.open(output, protectedInputs());
            return new Sink() {
                @Override
                public OutputStream stream() {
                    return file.stream();
                }

                @Override
                public void commit() {
                    file.commit();
                }

                @Override
                public void close() {
                    file.close(); // without a commit: the temporary file goes, the target stays
                }
            };
        }
        OutputStream stream = standardOutput();
        return new Sink() {
            @Override
            public OutputStream stream() {
                return stream;
            }

            @Override
            public void commit() throws IOException {
                stream.flush();
            }

            @Override
            public void close() {
                try {
                    stream.close();
                } catch (IOException e) {
                    // a failed write was reported already, or the reader went away (| head)
                }
            }
        };
    }

    private OutputStream standardOutput() {
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
