package dev.tenken.checklist.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The one JSON layout Tenken prints: two-space indent, {@code "key": value}, \n line ends on every platform. */
public final class JsonStyle {
    private JsonStyle() {
    }

    /** Sets the pretty printer on a generator. */
    public static void pretty(JsonGenerator g) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }
}
