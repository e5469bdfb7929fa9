package dev.tenken.checklist.load;

import dev.tenken.checklist.FactValue;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of numbers written in checklists, answers, profiles and batch lines: weights,
 * grading thresholds, condition operands and number facts all pass through {@link #read}.
 *
 * <p>The text is checked before it becomes a {@link BigDecimal}: at most {@link #MAX_LENGTH}
 * characters, and an exponent small enough to decide the range without arithmetic. The value
 * must then lie within {@link FactValue.Num#MAX_MAGNITUDE} and have at most
 * {@link FactValue.Num#MAX_DECIMAL_PLACES} decimal places, so that no later sum, comparison or
 * printing of it can take unbounded time or memory ({@code 1e999999999} printed in full is a
 * gigabyte; {@code 1 + 1e-999999999} is a billion digits).
 */
public final class Numbers {
    /** The longest number text accepted, underscores aside (the JSON parser's own limit). */
    public static final int MAX_LENGTH = 100;
    /** Exponents beyond this put any number of at most {@link #MAX_LENGTH} digits out of range. */
    private static final int EXPONENT_DECIDES = 1_000;
    private static final Pattern NUMBER = Pattern.compile("([+-]?)([0-9]*)(?:\\.([0-9]*))?(?:[eE]([+-]?)([0-9]+))?");

    private Numbers() {
    }

    /** What reading a number gave: a value, or a plain-words reason it is not one. */
    public sealed interface Result {
    }

    /** A number within the bounds. @param value the value, its scale bounded */
    public record Value(BigDecimal value) implements Result {
    }

    /** Not a number at all, such as {@code 0x1F} or {@code .inf}. */
    public record NotANumber() implements Result {
    }

    /** A number outside the bounds, or too long to read. @param reason why, in plain words */
    public record OutOfRange(String reason) implements Result {
    }

    /** Reads {@code text} (YAML underscores allowed), in time and memory bounded by its length. */
    public static Result read(String text) {
        String s = text.strip();
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        if (s.length() > MAX_LENGTH) {
            return new OutOfRange("a number may have at most " + MAX_LENGTH + " characters; " + FactValue.Num.RANGE_WORDS);
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return new NotANumber();
        }
        String whole = m.group(2);
        String fraction = m.group(3) == null ? "" : m.group(3);
        if (whole.isEmpty() && fraction.isEmpty()) {
            return new NotANumber();
        }
        if ((whole + fraction).chars().allMatch(c -> c == '0')) {
            return new Value(BigDecimal.ZERO);
        }
        if (m.group(5) != null) {
            String digits = m.group(5).replaceFirst("^0+(?=.)", "");
            // the mantissa has at most MAX_LENGTH digits: beyond this exponent the value is
            // larger than 10^15 or has more than 10 decimal places, whatever the digits
            if (digits.length() > 9 || Integer.parseInt(digits) > EXPONENT_DECIDES) {
                return new OutOfRange(FactValue.Num.RANGE_WORDS);
            }
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return new NotANumber();
        }
        if (!FactValue.Num.inRange(v)) {
            return new OutOfRange(FactValue.Num.RANGE_WORDS);
        }
        return new Value(FactValue.Num.requireInRange("number", v));
    }

    /** The text as written, cut short for a message. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
