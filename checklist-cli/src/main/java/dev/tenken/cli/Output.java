package dev.tenken.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Writes a command's result to a file or to standard output. A file is written whole or not at
 * all (see {@link AtomicOutput}): a failed write leaves the previous file as it was. A directory,
 * or a file that is one of the command's inputs, is refused with a usage error (exit 2).
 */
final class Output {
    private Output() {
    }

    /** Writes {@code text} to {@code file}, or to {@code out} when {@code file} is null. */
    static void write(String text, Path file, PrintWriter out) {
        write(text, file, out, List.of());
    }

    /** As {@link #write(String, Path, PrintWriter)}, refusing a {@code file} that is one of {@code inputs}. */
    static void write(String text, Path file, PrintWriter out, Path... inputs) {
        write(text, file, out, Arrays.asList(inputs));
    }

    /** As {@link #write(String, Path, PrintWriter)}, refusing a {@code file} that is one of {@code inputs} (nulls ignored). */
    static void write(String text, Path file, PrintWriter out, Collection<Path> inputs) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try (AtomicOutput o = AtomicOutput.open(file, inputs)) {
            try {
                o.stream().write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw AtomicOutput.failure(file, e);
            }
            o.commit();
        }
    }
}
