package dev.tenken.checklist.text;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions for typos in keys, ranks and values. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggest() {
    }

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> nearest(String typo, Collection<String> candidates) {
        if (typo == null || typo.length() > 200) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = isSwap(typo, c) ? 1 : DISTANCE.apply(typo, c);
            // -1 means "more than the threshold"; short words need a closer match (a swap costs 2)
            int allowed = c.length() <= 3 ? 1 : c.length() <= 6 ? 2 : 3;
            if (d >= 0 && d < bestDistance && d <= allowed) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the two differ only by two neighbouring characters swapped ("vnp" for "vpn"). */
    private static boolean isSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** {@code " (did you mean 'x'?)"} or an empty string. */
    public static String hint(String typo, Collection<String> candidates) {
        return nearest(typo, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
