package dev.tenken.engine.batch;

import java.io.IOException;

/**
 * Reading the input or writing the output of a batch failed part way; says which, and what had
 * been written by then. The cause is the stream's own exception.
 *
 * @since 0.3
 */
public final class BatchIOException extends IOException {
    private static final long serialVersionUID = 1L;
    /** Which stream failed. */
    private final boolean input;
    /** What was written before the failure. */
    private final transient BatchResult written;

    BatchIOException(IOException cause, boolean input, BatchResult written) {
        super((input ? "reading the input failed: " : "writing the output failed: ") + cause.getMessage(), cause);
        this.input = input;
        this.written = written;
    }

    /**
     * Which stream failed.
     *
     * @return true when reading the input failed, false when writing the output did
     */
    public boolean inInput() {
        return input;
    }

    /**
     * What had been written when it failed.
     *
     * @return the counts so far
     */
    public BatchResult written() {
        return written;
    }

    /**
     * The stream's own exception.
     *
     * @return the cause
     */
    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
