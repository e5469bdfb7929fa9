package dev.tenken.checklist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thresholds of the grade table (SPEC section 5). Each is a fraction between 0 and 1.
 *
 * @param aRecommendedMin recommended_score needed for A (default 0.8)
 * @param cRequiredMin    required_score needed for C (default 0.8)
 * @param dRequiredMin    required_score needed for D (default 0.5)
 * @since 0.1
 */
public record GradingPolicy(BigDecimal aRecommendedMin, BigDecimal cRequiredMin, BigDecimal dRequiredMin) {

    /** The default policy of SPEC section 5. */
    public static final GradingPolicy DEFAULT =
            new GradingPolicy(new BigDecimal("0.8"), new BigDecimal("0.8"), new BigDecimal("0.5"));

    /**
     * Validates that every threshold lies in [0, 1], with at most {@link FactValue.Num#MAX_DECIMAL_PLACES} decimal places.
     *
     * @param aRecommendedMin recommended_score needed for A, between 0 and 1
     * @param cRequiredMin    required_score needed for C, between 0 and 1
     * @param dRequiredMin    required_score needed for D, between 0 and 1
     * @throws IllegalArgumentException if a threshold is out of range or too precise
     */
    public GradingPolicy {
        aRecommendedMin = check("a_recommended_min", aRecommendedMin);
        cRequiredMin = check("c_required_min", cRequiredMin);
        dRequiredMin = check("d_required_min", dRequiredMin);
    }

    private static BigDecimal check(String name, BigDecimal v) {
        Objects.requireNonNull(v, name);
        BigDecimal bounded = FactValue.Num.requireInRange(name, v);
        if (bounded.signum() < 0 || bounded.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + bounded.toPlainString());
        }
        return bounded;
    }
}
