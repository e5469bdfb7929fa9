package dev.tenken.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;

/**
 * An output file written in full or not at all. The bytes go to a temporary file in the target's
 * own directory, which replaces the target (by an atomic rename where the file system has one)
 * only on {@link #commit()}; {@link #close()} without a commit deletes the temporary file, so a
 * failed run leaves the previous target as it was and no debris beside it.
 *
 * <p>{@link #open} refuses, with a {@link Main.UsageException}, a target that is a directory or
 * that is the same file as one of the inputs (by file identity, so through symbolic and hard
 * links too): writing there would destroy the input.
 *
 * <p>A target that exists but is not a regular file (a device such as {@code /dev/null}, a named
 * pipe) is written directly: it cannot be replaced, and nothing is lost by writing it.
 */
final class AtomicOutput implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Where Linux shows what standard input is; as an input, named "standard input" in messages. */
    static final Path STANDARD_INPUT = Path.of("/proc/self/fd/0");

    private final Path shown;
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean closed;

    private AtomicOutput(Path shown, Path target, Path temp, FileChannel channel, OutputStream stream) {
        this.shown = shown;
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stream = stream;
    }

    /**
     * Checks {@code file} against the inputs and opens a temporary file beside it.
     *
     * @param inputs files the command reads; null entries are ignored
     * @throws Main.UsageException when the target is a directory, is an input, or cannot be created
     */
    static AtomicOutput open(Path file, Collection<Path> inputs) {
        check(file, inputs);
        Path target = file;
        try {
            if (Files.exists(target) && Files.isSymbolicLink(target)) {
                // replace the file the link points to and keep the link
                target = target.toRealPath();
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                OutputStream direct = Files.newOutputStream(target);
                return new AtomicOutput(file, target, null, null, new BufferedOutputStream(direct, 1 << 16));
            }
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            String name = target.getFileName().toString();
            if (name.length() > 100) {
                name = name.substring(0, 100);
            }
            while (true) {
                Path temp = dir.resolve("." + name + ".tenken-" + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
                FileChannel ch;
                try {
                    ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
                copyPermissions(target, temp);
                return new AtomicOutput(file, target, temp, ch, new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Refuses a target that is a directory or the same file as one of the inputs. */
    static void check(Path file, Collection<Path> inputs) {
        if (Files.isDirectory(file)) {
            throw new Main.UsageException("cannot write " + shown(file) + ": it is a directory");
        }
        if (!Files.exists(file)) {
            return; // a file that does not exist yet is no input
        }
        for (Path in : inputs) {
            if (in != null && Files.isRegularFile(in) && sameFile(file, in)) {
                String what = in.equals(STANDARD_INPUT) ? "standard input" : "the input " + shown(in);
                throw new Main.UsageException("refusing to write " + shown(file) + ": it is the same file as " + what
                        + ", which would be destroyed; write somewhere else");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort: the new file keeps the default permissions
        }
    }

    /** Where to write; buffered. */
    OutputStream stream() {
        return stream;
    }

    /**
     * Flushes the bytes to disk and moves them into place.
     *
     * @throws Main.UsageException when that fails; the temporary file is then deleted
     */
    void commit() {
        try {
            stream.flush();
            if (channel != null) {
                channel.force(true);
            }
            closed = true;
            stream.close();
            if (temp != null) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            deleteTemp();
            throw failure(shown, e);
        }
    }

    /** Without a commit: discards what was written and leaves the target as it was. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stream.close();
        } catch (IOException e) {
            // discarded anyway
        }
        deleteTemp();
    }

    private void deleteTemp() {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /** A one-line usage error for a failed write of {@code file}. */
    static Main.UsageException failure(Path file, IOException e) {
        return new Main.UsageException("cannot write " + shown(file) + ": " + describe(e));
    }

    /** What went wrong, in words and without exception class names. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
            return shown(f.getFile()) + " exists and is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String where = f.getFile() == null ? "" : " (" + shown(f.getFile()) + ")";
            return lowerFirst(f.getReason()) + where;
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : printable(lowerFirst(m));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A path for a message: control characters written as \\uXXXX so they cannot reach the terminal raw. */
    static String shown(Object path) {
        return printable(String.valueOf(path));
    }

    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
