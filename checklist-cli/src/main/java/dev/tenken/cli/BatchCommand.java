package dev.tenken.cli;

import dev.tenken.engine.TenkenEngine;
import dev.tenken.engine.batch.Batch;
import dev.tenken.engine.batch.BatchFormat;
import dev.tenken.engine.batch.BatchIOException;
import dev.tenken.engine.batch.BatchOptions;
import dev.tenken.engine.batch.BatchResult;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenken batch}: one JSON self-assessment per line in; one JSON report per line, or one
 * CSV row per organisation, out, in input order and byte-identical whatever the thread count.
 * The work is {@link Batch}'s; this command opens the files and turns failures into messages.
 *
 * <p>Output line N always answers input line N (see {@link Batch}); any bad line makes the run
 * exit 2. {@code --output} is written to a temporary file beside it and moved into place only
 * when the whole run has been written; it may not be the input file.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Assess one JSON "
        + "self-assessment per line; write one JSON report per line, or one CSV row per organisation, in order.")
final class BatchCommand implements Callable<Integer> {
    /** The longest input line assessed, in bytes; a longer one becomes an error line. */
    static final int MAX_LINE_BYTES = Batch.MAX_LINE_BYTES;

    @Parameters(paramLabel = "<in.jsonl>", description = "Input file, or - for standard input.")
    String input;

    @Option(names = "--output", paramLabel = "out.jsonl", description = "Write to this file instead of standard output "
            + "(written whole at the end, or not at all; never the input file).")
    Path output;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", converter = FormatConverter.class,
            description = "jsonl: one JSON report per line (default); csv: one row per organisation (grade, score, "
                    + "compliance, findings, 必須 items falling short), UTF-8 with a byte-order mark for Excel.")
    BatchFormat format = BatchFormat.JSONL;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? BatchOptions.defaultThreads(format) : threads;
        if (n < 1 || n > BatchOptions.MAX_THREADS) {
            throw new Main.UsageException("--threads must be between 1 and " + BatchOptions.MAX_THREADS + ", was " + n);
        }
        if (output != null) {
            AtomicOutput.check(output, protectedInputs()); // before any work: refuse early
        }
        TenkenEngine engine = options.engine(List.of());
        // the input as errors name it: a blank name (a file called " ") in quotes, so that it still shows
        String name = "-".equals(input) ? "<stdin>" : input.isBlank() ? "'" + input + "'" : input;
        BatchOptions batch = new BatchOptions(format, options.language, n, name);
        try (InputStream in = input(); Sink out = sink()) {
            BatchResult result;
            try {
                result = Batch.run(engine, in, out.stream(), batch, this::internalError);
            } catch (BatchIOException e) {
                if (e.inInput()) {
                    throw new Main.UsageException("cannot read " + ("-".equals(input) ? "standard input" : AtomicOutput.shown(input))
                            + ": " + AtomicOutput.describe(e.getCause()));
                }
                if (output == null && String.valueOf(e.getCause().getMessage()).contains("Broken pipe")) {
                    // the reader went away (| head): stop quietly, as Unix tools do
                    return exitCode(e.written());
                }
                throw output == null
                        ? new Main.UsageException("cannot write standard output: " + AtomicOutput.describe(e.getCause()))
                        : AtomicOutput.failure(output, e.getCause());
            }
            out.commit();
            if (result.lines() > 0 && result.errors() == result.lines()) {
                // the usual cause: a pretty-printed JSON file, or a YAML one, where one document per line was meant
                spec.commandLine().getErr().println("tenken: none of the " + result.lines() + " lines could be assessed; each"
                        + " line's error is in the output. batch reads JSON Lines, one whole self-assessment per line (as in"
                        + " examples/answers/organisations.jsonl). If the input is a pretty-printed JSON file, put it on one"
                        + " line first: jq -c . answers.json > answers.jsonl; a single answers file (YAML or JSON) is assessed"
                        + " with: tenken assess FILE");
            }
            return exitCode(result);
        }
    }

    private static int exitCode(BatchResult r) {
        return r.errors() > 0 ? Main.BAD_INPUT : r.shortfalls() > 0 ? Main.SHORTFALL : Main.OK;
    }

    private void internalError(Throwable e) {
        if (System.getenv("TENKEN_DEBUG") != null) {
            PrintWriter err = spec.commandLine().getErr();
            synchronized (err) {
                e.printStackTrace(err);
                err.flush();
            }
        }
    }

    /** Converts jsonl/csv. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<BatchFormat> {
        @Override
        public BatchFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "jsonl" -> BatchFormat.JSONL;
                case "csv" -> BatchFormat.CSV;
                default -> throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                        + "'; expected jsonl or csv");
            };
        }
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
        // embedded (tests): through the command's writer; the bytes come in buffer-sized chunks,
        // so a character split between two chunks waits for its other bytes
        PrintWriter console = spec.commandLine().getOut();
        return new OutputStream() {
            private byte[] held = new byte[0];

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                byte[] all = new byte[held.length + len];
                System.arraycopy(held, 0, all, 0, held.length);
                System.arraycopy(b, off, all, held.length, len);
                int end = completeUpTo(all);
                console.write(new String(all, 0, end, StandardCharsets.UTF_8));
                held = java.util.Arrays.copyOfRange(all, end, all.length);
            }

            @Override
            public void close() {
                if (held.length > 0) {
                    console.write(new String(held, StandardCharsets.UTF_8));
                    held = new byte[0];
                }
                console.flush();
            }
        };
    }

    /** The length of the longest prefix of {@code b} that does not end inside a UTF-8 sequence. */
    static int completeUpTo(byte[] b) {
        for (int back = 1; back <= Math.min(3, b.length); back++) {
            int c = b[b.length - back] & 0xff;
            if (c < 0x80) {
                return b.length; // ASCII: complete
            }
            if (c >= 0xC0) {
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return need > back ? b.length - back : b.length;
            }
        }
        return b.length;
    }
}
