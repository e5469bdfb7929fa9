package dev.tenken.checklist.text;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean" suggestions for typos in keys, ranks and values.
 *
 * <p>The cost of one suggestion is bounded whatever the number of candidates, so that many
 * unknown ids against a large checklist cannot take minutes: up to {@link #SCAN_LIMIT}
 * candidates are compared one by one; a larger collection is looked up in an index of its
 * one-character deletions (built once per collection and kept for the last few collections),
 * which finds every candidate one edit or one swap away, and some two edits away.
 */
public final class Suggest {
    /** Collections up to this size are scanned; larger ones are indexed. */
    public static final int SCAN_LIMIT = 256;
    /** Collections larger than this get no suggestion at all (the index would cost too much memory). */
    public static final int INDEX_LIMIT = 1_000_000;
    /** Typos longer than this get no suggestion. */
    private static final int MAX_TYPO = 200;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);
    /** The indexes of the last few large collections, by identity. */
    private static final List<Indexed> CACHE = new ArrayList<>();
    private static final int CACHE_SIZE = 4;

    private Suggest() {
    }

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> nearest(String typo, Collection<String> candidates) {
        if (typo == null || typo.length() > MAX_TYPO || candidates.size() > INDEX_LIMIT) {
            return Optional.empty();
        }
        Iterable<String> pool = candidates.size() <= SCAN_LIMIT ? candidates : index(candidates).near(typo);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : pool) {
            int d = isSwap(typo, c) ? 1 : DISTANCE.apply(typo, c);
            // -1 means "more than the threshold"; short words need a closer match (a swap costs 2)
            int allowed = c.length() <= 3 ? 1 : c.length() <= 6 ? 2 : 3;
            if (d >= 0 && d < bestDistance && d <= allowed) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && candidates instanceof java.util.Set<?> set && !set.contains(best)) {
            return Optional.empty(); // the collection changed since it was indexed
        }
        return Optional.ofNullable(best);
    }

    /** The index of {@code candidates}, reused while the same collection (by identity and size) is asked again. */
    private static Index index(Collection<String> candidates) {
        synchronized (CACHE) {
            for (Indexed e : CACHE) {
                if (e.of.get() == candidates && e.size == candidates.size()) {
                    return e.index;
                }
            }
        }
        Index built = new Index(candidates);
        synchronized (CACHE) {
            CACHE.removeIf(e -> e.of.get() == null || e.of.get() == candidates);
            if (CACHE.size() >= CACHE_SIZE) {
                CACHE.remove(0);
            }
            CACHE.add(new Indexed(new WeakReference<>(candidates), candidates.size(), built));
        }
        return built;
    }

    private record Indexed(WeakReference<Collection<String>> of, int size, Index index) {
    }

    /**
     * Symmetric deletion index: every candidate under itself and under each of its
     * one-character deletions. A typo one insertion, deletion, substitution or neighbour swap
     * away from a candidate shares at least one key with it.
     */
    private static final class Index {
        private final Map<String, Object> byKey = new HashMap<>();

        Index(Collection<String> candidates) {
            for (String c : candidates) {
                if (c.length() > MAX_TYPO + 3) {
                    continue;
                }
                add(c, c);
                for (int i = 0; i < c.length(); i++) {
                    add(c.substring(0, i) + c.substring(i + 1), c);
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void add(String key, String candidate) {
            Object old = byKey.putIfAbsent(key, candidate);
            if (old == null || old.equals(candidate)) {
                return;
            }
            if (old instanceof String s) {
                List<String> l = new ArrayList<>(2);
                l.add(s);
                l.add(candidate);
                byKey.put(key, l);
            } else {
                List<String> l = (List<String>) old;
                if (!l.get(l.size() - 1).equals(candidate)) {
                    l.add(candidate);
                }
            }
        }

        /** The candidates sharing a key with the typo, at most a few hundred. */
        @SuppressWarnings("unchecked")
        List<String> near(String typo) {
            List<String> out = new ArrayList<>();
            for (int i = -1; i < typo.length() && out.size() < SCAN_LIMIT; i++) {
                String key = i < 0 ? typo : typo.substring(0, i) + typo.substring(i + 1);
                Object hit = byKey.get(key);
                if (hit instanceof String s) {
                    out.add(s);
                } else if (hit != null) {
                    for (String s : (List<String>) hit) {
                        if (out.size() >= SCAN_LIMIT) {
                            break;
                        }
                        out.add(s);
                    }
                }
            }
            return out;
        }
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
