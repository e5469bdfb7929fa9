package dev.tenken.checklist.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value with its 1-based line and column, so that every problem found
 * while binding can name where it is.
 */
public sealed interface Node {

    /** Line of the value's first character, 1-based. */
    int line();

    /** Column of the value's first character, 1-based. */
    int column();

    /** A short word for the node's shape, for messages. */
    String shape();

    /** A mapping; keys in document order. */
    record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
        /** Keeps the document order, read-only. */
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with the key's own position. */
    record Entry(String key, int line, int column, Node value) {
    }

    /** A sequence. */
    record ListNode(int line, int column, List<Node> items) implements Node {
        /** Copies the items. */
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /** The kind of a scalar as the parser resolved it. */
    enum ScalarKind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** A scalar, keeping its text exactly as written (numbers are not rounded). */
    record Scalar(int line, int column, String text, ScalarKind kind) implements Node {
        @Override
        public String shape() {
            return switch (kind) {
                case STRING -> "a string";
                case INTEGER, DECIMAL -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "an empty value";
            };
        }
    }
}
