package dev.tenken.checklist.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one JSON layout Tenken prints: two-space indent, {@code "key": value}, \n line ends on every
 * platform; and the one escaping: JSON's own, plus every UTF-16 surrogate written as a
 * {@code \}{@code uXXXX} escape.
 *
 * <p>Why surrogates: a string holding a lone surrogate (from a note or title) cannot be encoded
 * as UTF-8, so writing it raw makes {@code --output} fail or the bytes invalid. JSON allows any
 * UTF-16 code unit as an escape (RFC 8259 section 7), so the text reads back exactly as it was.
 * Jackson escapes one code unit at a time and cannot tell a paired half from a lone one, so both
 * halves of a pair are escaped too: an emoji reads as <code>"&#92;ud83d&#92;ude00"</code>, which is the same
 * string to every JSON reader. Japanese and all other BMP text is written as it is.
 *
 * <p>Field names are the exception: Jackson's reader (and so {@code tenken diff}) refuses a lone
 * surrogate in a name even when escaped, so a name from data goes through {@link #name}, which
 * replaces lone surrogates with U+FFFD.
 */
public final class JsonStyle {
    private static final CharacterEscapes SURROGATES = new SurrogateEscapes();

    private JsonStyle() {
    }

    /** Sets the pretty printer on a generator, and {@link #safe} escaping. */
    public static void pretty(JsonGenerator g) {
        safe(g);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    /** Escapes every surrogate as {@code \}{@code uXXXX}, so the output always encodes as UTF-8. */
    public static void safe(JsonGenerator g) {
        g.setCharacterEscapes(SURROGATES);
    }

    /** A field name from data: lone surrogates replaced by U+FFFD, so every JSON reader accepts it. */
    public static String name(String s) {
        return Hidden.replaceLoneSurrogates(s);
    }

    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0xD800 && ch <= 0xDFFF ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
