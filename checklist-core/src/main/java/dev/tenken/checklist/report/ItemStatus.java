package dev.tenken.checklist.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The status an item ends up with after evaluation.
 *
 * @since 0.1
 */
public enum ItemStatus {
    /** Fully in place: credit 1. */
    MET(BigDecimal.ONE),
    /** Partly in place: credit 0.5. */
    PARTIAL(new BigDecimal("0.5")),
    /** Not in place: credit 0. */
    UNMET(BigDecimal.ZERO),
    /** Applies, but no answer (or {@code unknown}): credit 0. */
    UNANSWERED(BigDecimal.ZERO),
    /** Left out of grading. */
    NOT_APPLICABLE(BigDecimal.ZERO);

    private final BigDecimal credit;
    private final String key;

    ItemStatus(BigDecimal credit) {
        this.credit = credit;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    /**
     * The credit of SPEC section 5.
     *
     * @return 1, 0.5 or 0
     */
    public BigDecimal credit() {
        return credit;
    }

    /**
     * Whether the item is a finding: applicable and not fully met.
     *
     * @return true for {@link #PARTIAL}, {@link #UNMET} and {@link #UNANSWERED}
     */
    public boolean isShortfall() {
        return this == PARTIAL || this == UNMET || this == UNANSWERED;
    }

    /**
     * The status in words, in the given language: 実施済み / met, ...
     *
     * @param language the language wanted
     * @return the word from {@link Wording}
     */
    public String label(dev.tenken.checklist.Language language) {
        return Wording.of(this).in(language);
    }

    /**
     * Parses a report key ({@code met}, {@code not_applicable}, ...).
     *
     * @param key the key, matched exactly
     * @return the status, or empty when {@code key} is not one of the keys
     */
    public static java.util.Optional<ItemStatus> parse(String key) {
        for (ItemStatus s : values()) {
            if (s.key.equals(key)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The lower-case key used in reports.
     *
     * @return the key, such as {@code not_applicable}
     */
    public String key() {
        return key;
    }
}
