package dev.tenken.checklist.report;

/**
 * The overall grade, A (best) to E.
 *
 * @since 0.1
 */
public enum Grade {
    /** Every applicable 必須 item met and recommended items mostly met. */
    A,
    /** Every applicable 必須 item met. */
    B,
    /** 必須 items mostly met. */
    C,
    /** 必須 items half met. */
    D,
    /** Otherwise. */
    E
}
