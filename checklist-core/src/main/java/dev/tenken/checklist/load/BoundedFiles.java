package dev.tenken.checklist.load;

import dev.tenken.checklist.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one way Tenken reads a file a user named: only regular files, size checked before reading
 * and enforced while reading (a file may grow, or lie about its size), every failure a located
 * problem in plain words rather than an exception name.
 */
public final class BoundedFiles {
    private BoundedFiles() {
    }

    /**
     * The file's bytes, or empty with a problem added. {@code what} names the kind of file in
     * messages ("checklist", "answers file", ...).
     */
    public static Optional<byte[]> read(Path file, int maxBytes, String what, List<Problem> problems) {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                problems.add(Problem.at(name, 0, 0, "no such file"));
                return Optional.empty();
            }
            if (Files.isDirectory(file)) {
                problems.add(Problem.at(name, 0, 0, "is a directory, not a " + what));
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.at(name, 0, 0, "is not a regular file; give a " + what + " saved on disk"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.add(Problem.at(name, 0, 0, tooLarge(what, size, maxBytes)));
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    problems.add(Problem.at(name, 0, 0, tooLarge(what, bytes.length, maxBytes)));
                    return Optional.empty();
                }
                return Optional.of(bytes);
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.at(name, 0, 0, "no such file"));
        } catch (IOException | SecurityException e) {
            problems.add(Problem.at(name, 0, 0, "cannot read the " + what + ": " + plain(e)));
        }
        return Optional.empty();
    }

    /** Reads at most {@code maxBytes} from a stream (standard input, a classpath resource); empty with a problem when longer. */
    public static Optional<byte[]> read(InputStream in, String name, int maxBytes, String what, List<Problem> problems) {
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                problems.add(Problem.at(name, 0, 0, tooLarge(what, bytes.length, maxBytes)));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(Problem.at(name, 0, 0, "cannot read the " + what + ": " + plain(e)));
            return Optional.empty();
        }
    }

    private static String tooLarge(String what, long size, int maxBytes) {
        return "the " + what + " is larger than the limit of " + maxBytes + " bytes";
    }

    /** An I/O failure in words, without the exception's class name. */
    static String plain(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null || m.isBlank() ? "input/output error" : TreeReader.cleanMessage(m);
    }
}
