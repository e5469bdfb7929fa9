package dev.tenken.engine.batch;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.Scorecard;
import dev.tenken.checklist.stats.LineReader;
import dev.tenken.checklist.stats.ReportLines;
import dev.tenken.engine.TenkenEngine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Assesses one JSON self-assessment (SPEC section 3) per input line and writes one answer per
 * line, in input order and byte-identical whatever the thread count:
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(p); OutputStream out = Files.newOutputStream(q)) {
 *     BatchResult r = Batch.run(engine, in, out, BatchOptions.of(BatchFormat.CSV).withLanguage(Language.EN));
 * }
 * }</pre>
 *
 * <p>Output line N always answers input line N: a line that cannot be assessed yields an error
 * line ({@code {"line": N, "error": "..."}}, or a CSV row with the line number and the error) and
 * the rest go on. That includes a blank line, a line that is not valid UTF-8 (decoded strictly,
 * never patched with replacement characters) and a line longer than {@value #MAX_LINE_BYTES}
 * bytes (skipped as it is read, never held in memory). A {@code \r\n} line end works; a line
 * end at the end of the input does not make an extra line; a byte-order mark on the first line
 * is ignored.
 *
 * <p>At most a fixed number of lines, and of bytes, are in flight, so memory stays flat however
 * long the input. Worker threads decode, assess and encode, 32 lines at a time (one rules session,
 * see {@link TenkenEngine#evaluateAll} and {@link TenkenEngine#scorecards}); the calling thread reads and
 * writes.
 * Neither stream is closed; the output is flushed at the end.
 *
 * @since 0.3
 */
public final class Batch {
    /** The longest input line assessed, in bytes; a longer one becomes an error line. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    /** Input bytes in flight (queued or being assessed), counting each line as at least {@link #LINE_COST}. */
    private static final long MAX_BYTES_IN_FLIGHT = 64L * 1024 * 1024;
    /** What a line is counted as in flight beyond its own bytes: about its report's size. */
    private static final int LINE_COST = 32 * 1024;
    private static final String INTERNAL_ERROR = "internal error while assessing this line (set TENKEN_DEBUG=1 for details)";

    private final TenkenEngine engine;
    private final BatchOptions options;
    private final Consumer<Throwable> internalErrors;
    /** The input's name as errors show it: escaped as a problem's source is (no line break or control can get through). */
    private final String shownInput;

    private Batch(TenkenEngine engine, BatchOptions options, Consumer<Throwable> internalErrors) {
        this.engine = engine;
        this.options = options;
        this.internalErrors = internalErrors;
        String named = Problem.at(options.inputName(), 0, 0, "").toString(); // "name: "
        this.shownInput = named.substring(0, named.length() - 2);
    }

    /**
     * Runs a batch; internal errors (a bug, not bad input) become error lines and are otherwise
     * dropped.
     *
     * @param engine  the engine that knows the checklists named in the input
     * @param in      one JSON self-assessment per line, UTF-8
     * @param out     where the lines go
     * @param options format, language, threads and the name of the input in errors
     * @return what was written
     * @throws BatchIOException when reading or writing fails part way
     */
    public static BatchResult run(TenkenEngine engine, InputStream in, OutputStream out, BatchOptions options)
            throws BatchIOException {
        return run(engine, in, out, options, t -> { });
    }

    /**
     * Runs a batch, handing each internal error (a bug, not bad input: the line gets an error
     * line saying so) to {@code internalErrors}, which may be called from several threads.
     *
     * @param engine         the engine that knows the checklists named in the input
     * @param in             one JSON self-assessment per line, UTF-8
     * @param out            where the lines go
     * @param options        format, language, threads and the name of the input in errors
     * @param internalErrors told of each internal error
     * @return what was written
     * @throws BatchIOException when reading or writing fails part way
     */
    public static BatchResult run(TenkenEngine engine, InputStream in, OutputStream out, BatchOptions options,
                                  Consumer<Throwable> internalErrors) throws BatchIOException {
        return new Batch(engine, options, internalErrors).run(in, out);
    }

    /** Lines assessed together (one rules session): at most this many. */
    private static final int CHUNK_LINES = 32;
    /** ... and at most about this many bytes (counted as in flight), so that long lines make short chunks. */
    private static final long CHUNK_BYTES = 4L * 1024 * 1024;

    /** Input lines on their way: the first one's number, what they count in flight, and their output to come. */
    private record Pending(List<Line> lines, long cost, Future<Result[]> results) {
    }

    /** One input line: its number and its bytes, or the answer it already has (a blank or too long line). */
    private record Line(long number, byte[] bytes, Result answer) {
    }

    /** One output line, encoded with its line end, ready to copy out. */
    private record Result(byte[] bytes, boolean error, boolean shortfall) {
    }

    private BatchResult run(InputStream input, OutputStream output) throws BatchIOException {
        int n = options.threads();
        long[] counts = new long[3]; // lines, errors, shortfalls
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tenken-batch");
            t.setDaemon(true);
            return t;
        });
        OutputStream out = output instanceof BufferedOutputStream ? output : new BufferedOutputStream(output, 1 << 16);
        LineReader in = new LineReader(input, MAX_LINE_BYTES);
        try {
            if (options.format() == BatchFormat.CSV) {
                write(out, ReportLines.csvHeader(options.language()), counts);
            }
            int window = n * 4; // chunks in flight: CHUNK_LINES * 4 lines per thread
            ArrayDeque<Pending> pending = new ArrayDeque<>();
            long inFlight = 0;
            List<Line> chunk = new ArrayList<>(CHUNK_LINES);
            long chunkCost = 0;
            boolean more = true;
            while (more) {
                byte[] line;
                try {
                    line = in.next();
                } catch (IOException e) {
                    throw new BatchIOException(e, true, result(counts));
                }
                more = line != null;
                if (more) {
                    long number = in.lineNumber();
                    if (in.tooLong()) {
                        chunk.add(new Line(number, null, error(number, "line is longer than " + MAX_LINE_BYTES + " bytes; skipped")));
                    } else if (isBlank(line)) {
                        chunk.add(new Line(number, null, error(number, "blank line: expected one JSON self-assessment on every line")));
                    } else {
                        chunk.add(new Line(number, line, null));
                    }
                    chunkCost += (long) line.length + LINE_COST;
                }
                if (chunk.size() == CHUNK_LINES || chunkCost >= CHUNK_BYTES || (!more && !chunk.isEmpty())) {
                    List<Line> lines = chunk;
                    pending.add(new Pending(lines, chunkCost, pool.submit(() -> assess(lines))));
                    inFlight += chunkCost;
                    chunk = new ArrayList<>(CHUNK_LINES);
                    chunkCost = 0;
                }
                while (pending.size() >= window || inFlight > MAX_BYTES_IN_FLIGHT
                        || (!pending.isEmpty() && pending.peek().results().isDone())) {
                    inFlight -= emit(pending.poll(), out, counts);
                }
            }
            while (!pending.isEmpty()) {
                emit(pending.poll(), out, counts);
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw new BatchIOException(e, false, result(counts));
            }
            return result(counts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatchIOException(new java.io.InterruptedIOException("interrupted"), false, result(counts));
        } finally {
            pool.shutdownNow();
        }
    }

    private static BatchResult result(long[] counts) {
        return new BatchResult(counts[0], counts[1], counts[2]);
    }

    private Result error(long line, String message) {
        return new Result(options.format() == BatchFormat.CSV ? ReportLines.csvError(line, message)
                : ReportLines.jsonError(line, message), true, false);
    }

    /**
     * Assesses a chunk of lines: each is read and checked alone, and those that pass are evaluated
     * together in one rules session.
     */
    private Result[] assess(List<Line> lines) {
        Result[] out = new Result[lines.size()];
        List<SelfAssessment> ok = new ArrayList<>(lines.size());
        int[] at = new int[lines.size()];
        for (int x = 0; x < lines.size(); x++) {
            Line line = lines.get(x);
            if (line.answer() != null) {
                out[x] = line.answer();
                continue;
            }
            try {
                SelfAssessment a = read(line.bytes(), line.number());
                List<Problem> problems = engine.check(a);
                if (problems.isEmpty()) {
                    at[ok.size()] = x;
                    ok.add(a);
                } else {
                    out[x] = error(line.number(), problems);
                }
            } catch (NotUtf8 e) {
                out[x] = error(line.number(), e.getMessage());
            } catch (TenkenException e) {
                out[x] = error(line.number(), e.problems());
            } catch (RuntimeException | StackOverflowError e) {
                out[x] = internal(line.number(), e);
            }
        }
        boolean csv = options.format() == BatchFormat.CSV;
        // a CSV row needs the figures only: scorecards straight from the rules' decisions
        List<Scorecard> cards = null;
        List<Evaluation> evaluations = null;
        if (ok.size() > 1) {
            try {
                if (csv) {
                    cards = engine.scorecards(ok);
                } else {
                    evaluations = engine.evaluateAll(ok);
                }
            } catch (TenkenException e) {
                // assessed one by one below, so that the failure is told on its own line
            } catch (RuntimeException | StackOverflowError e) {
                tell(e); // a bug: told, and the lines are still assessed one by one below
            }
        }
        for (int y = 0; y < ok.size(); y++) {
            long number = lines.get(at[y]).number();
            SelfAssessment a = ok.get(y);
            try {
                if (csv) {
                    Scorecard card = cards != null ? cards.get(y) : engine.scorecard(a, engine.evaluate(a));
                    out[at[y]] = new Result(ReportLines.csvRow(number, card), false, card.hasRequiredShortfall());
                } else {
                    Evaluation ev = evaluations != null ? evaluations.get(y) : engine.evaluate(a);
                    AssessmentReport r = engine.report(a, ev, options.language());
                    out[at[y]] = new Result(engine.jsonLine(r), false, r.hasRequiredShortfall());
                }
            } catch (TenkenException e) {
                out[at[y]] = error(number, e.problems());
            } catch (RuntimeException | StackOverflowError e) {
                out[at[y]] = internal(number, e);
            }
        }
        return out;
    }

    /** One line as a self-assessment: UTF-8, strictly, read from the bytes; a byte-order mark is skipped. */
    private static SelfAssessment read(byte[] line, long number) throws TenkenException, NotUtf8 {
        try {
            return SelfAssessment.fromJson(line, "line " + number);
        } catch (TenkenException e) {
            List<Problem> problems = e.problems();
            if (problems.size() == 1 && problems.get(0).line() == 0 && problems.get(0).message().startsWith("invalid UTF-8 at byte ")) {
                // the row or line names the line already
                throw new NotUtf8(problems.get(0).message());
            }
            throw e;
        }
    }

    /** A line that is not UTF-8. */
    private static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message, null, false, false);
        }
    }

    private Result error(long line, List<Problem> problems) {
        return error(line, problems.stream().map(p -> located(p, line)).collect(Collectors.joining("; ")));
    }

    /**
     * A problem of input line {@code line} as {@code input:line:column: message}, where the column
     * is the document's (a line is one document, so its line 1 is the input's line; a lone CR in a
     * line starts a line of the document but not of the input, and then the column is left out).
     * A position the parser gives inside the message is the document's too: on its line 1 it is
     * a column of the input's line, and said so.
     */
    private String located(Problem p, long line) {
        boolean firstLine = p.line() == 1;
        String message = firstLine ? p.message().replace("(start marker at line 1, column ", "(start marker at column ") : p.message();
        // the item and message as Problem words and escapes them; the place here, the line as a long
        String rest = new Problem("", 0, 0, p.itemId(), message).toString().substring(2);
        return shownInput + ':' + line + (firstLine && p.column() > 0 ? ":" + p.column() : "") + ": " + rest;
    }

    private Result internal(long number, Throwable e) {
        tell(e);
        return error(number, INTERNAL_ERROR);
    }

    private void tell(Throwable e) {
        try {
            internalErrors.accept(e);
        } catch (RuntimeException ignored) {
            // the handler's own failure must not lose the line
        }
    }

    /** Writes a chunk's lines out; returns what they counted in flight. */
    private long emit(Pending p, OutputStream out, long[] counts) throws BatchIOException, InterruptedException {
        Result[] results;
        try {
            results = p.results().get();
        } catch (ExecutionException e) {
            // a bug outside the per-line handling: every line of the chunk without an answer of its own says so
            results = new Result[p.lines().size()];
            for (int x = 0; x < results.length; x++) {
                Line line = p.lines().get(x);
                results[x] = line.answer() != null ? line.answer() : internal(line.number(), e.getCause());
            }
        }
        for (Result r : results) {
            write(out, r.bytes(), counts);
            counts[0]++;
            if (r.error()) {
                counts[1]++;
            } else if (r.shortfall()) {
                counts[2]++;
            }
        }
        return p.cost();
    }

    private static void write(OutputStream out, byte[] bytes, long[] counts) throws BatchIOException {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new BatchIOException(e, false, result(counts));
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
}
