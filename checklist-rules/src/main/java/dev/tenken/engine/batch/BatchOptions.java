package dev.tenken.engine.batch;

import dev.tenken.checklist.Language;
import java.util.Objects;

/**
 * How {@link Batch} runs.
 *
 * @param format    what to write
 * @param language  the language of the reports (and of the CSV header)
 * @param threads   worker threads that decode, assess and encode, 1 to {@value #MAX_THREADS};
 *                  the output is the same whatever the number
 * @param inputName what the input is called in the error of a bad line, which names where the
 *                  problem is as {@code name:line:column} ({@value #DEFAULT_INPUT_NAME} unless
 *                  given; since 0.4)
 * @since 0.3
 */
public record BatchOptions(BatchFormat format, Language language, int threads, String inputName) {
    /** The most worker threads. */
    public static final int MAX_THREADS = 256;
    /** The input's name when none is given. */
    public static final String DEFAULT_INPUT_NAME = "input";

    /**
     * Checks the values.
     *
     * @param format    what to write
     * @param language  the language of the reports (and of the CSV header)
     * @param threads   worker threads that decode, assess and encode, 1 to {@value #MAX_THREADS};
     *                  the output is the same whatever the number
     * @param inputName what the input is called in errors, not blank
     */
    public BatchOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", was " + threads);
        }
        if (Objects.requireNonNull(inputName, "inputName").isBlank()) {
            throw new IllegalArgumentException("inputName must not be blank");
        }
    }

    /**
     * Options with the input called {@value #DEFAULT_INPUT_NAME} in errors.
     *
     * @param format   what to write
     * @param language the language of the reports (and of the CSV header)
     * @param threads  worker threads, 1 to {@value #MAX_THREADS}
     */
    public BatchOptions(BatchFormat format, Language language, int threads) {
        this(format, language, threads, DEFAULT_INPUT_NAME);
    }

    /**
     * {@code format} in Japanese, with the default number of threads: one per core (the thread
     * that writes has little to do, even copying JSON lines of about 25 KB: with one worker fewer
     * than the cores, on 2 cores, a JSON-lines batch ran at 55 % of the speed).
     *
     * @param format what to write
     * @return the options
     */
    public static BatchOptions of(BatchFormat format) {
        return new BatchOptions(format, Language.JA, defaultThreads(format));
    }

    /**
     * The default number of worker threads for {@code format}, as {@link #of} chooses it.
     *
     * @param format what to write (every format has the same default today: one per core)
     * @return 1 or more
     */
    public static int defaultThreads(BatchFormat format) {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.min(MAX_THREADS, cores);
    }

    /**
     * The same options in another language.
     *
     * @param l the language
     * @return new options
     */
    public BatchOptions withLanguage(Language l) {
        return new BatchOptions(format, l, threads, inputName);
    }

    /**
     * The same options with another number of threads.
     *
     * @param n worker threads
     * @return new options
     */
    public BatchOptions withThreads(int n) {
        return new BatchOptions(format, language, n, inputName);
    }

    /**
     * The same options with the input called {@code name} in errors (a file's name, say).
     *
     * @param name not blank
     * @return new options
     * @since 0.4
     */
    public BatchOptions withInputName(String name) {
        return new BatchOptions(format, language, threads, name);
    }
}
