package dev.tenken.checklist;

import java.util.regex.Pattern;

/** The id patterns of SPEC section 2, checked in one place. */
public final class Ids {
    /** A checklist id: lower-case ASCII letters, digits and hyphens. */
    public static final Pattern CHECKLIST_ID = Pattern.compile("[a-z0-9-]+");
    /** An item, category or concern id: an ASCII letter or digit, then letters, digits, dots, underscores or hyphens. */
    public static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A profile fact key: the same characters as an item id, such as {@code staff.count}. */
    public static final Pattern FACT_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Ids longer than this are refused: they only serve to bloat reports and rule names. */
    public static final int MAX_LENGTH = 128;

    private Ids() {
    }

    /**
     * Checks a checklist id.
     *
     * @param id the id; may be null, which is refused
     * @return {@code id}, unchanged
     * @throws IllegalArgumentException if {@code id} is null, longer than {@link #MAX_LENGTH} or does not
     *                                  match {@link #CHECKLIST_ID}
     */
    public static String requireChecklistId(String id) {
        return require(CHECKLIST_ID, id, "checklist id");
    }

    /**
     * Checks an item, category or concern id.
     *
     * @param id the id; may be null, which is refused
     * @return {@code id}, unchanged
     * @throws IllegalArgumentException if {@code id} is null, longer than {@link #MAX_LENGTH} or does not
     *                                  match {@link #ITEM_ID}
     */
    public static String requireItemId(String id) {
        return require(ITEM_ID, id, "id");
    }

    /**
     * Checks a profile fact key.
     *
     * @param key the key; may be null, which is refused
     * @return {@code key}, unchanged
     * @throws IllegalArgumentException if {@code key} is null, longer than {@link #MAX_LENGTH} or does not
     *                                  match {@link #FACT_KEY}
     */
    public static String requireFactKey(String key) {
        return require(FACT_KEY, key, "fact key");
    }

    private static String require(Pattern pattern, String id, String what) {
        if (id == null || id.length() > MAX_LENGTH || !pattern.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id + "' does not match " + pattern.pattern());
        }
        return id;
    }
}
