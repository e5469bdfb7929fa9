package dev.tenken.checklist;

import java.util.regex.Pattern;

/** The id patterns of SPEC section 2, checked in one place. */
public final class Ids {
    public static final Pattern CHECKLIST_ID = Pattern.compile("[a-z0-9-]+");
    public static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final Pattern FACT_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Ids longer than this are refused: they only serve to bloat reports and rule names. */
    public static final int MAX_LENGTH = 128;

    private Ids() {
    }

    public static String requireChecklistId(String id) {
        return require(CHECKLIST_ID, id, "checklist id");
    }

    public static String requireItemId(String id) {
        return require(ITEM_ID, id, "id");
    }

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
