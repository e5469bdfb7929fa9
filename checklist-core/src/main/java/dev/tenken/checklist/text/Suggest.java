package dev.tenken.checklist.text;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    /**
     * Collections larger than this get no suggestion at all: 250,000, more items than a
     * checklist within the loader's limits can hold; the index costs about 8 bytes per character.
     */
    public static final int INDEX_LIMIT = 250_000;
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
     * away from a candidate shares at least one key with it. Keys are 40-bit hashes packed with
     * the candidate's position into one sorted {@code long[]}: about 8 bytes per key, no strings
     * made; a hash collision only adds a candidate that the edit distance then rejects.
     */
    private static final class Index {
        private static final int POSITION_BITS = 24;
        private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
        private final String[] candidates;
        private final long[] entries;

        Index(Collection<String> all) {
            this.candidates = all.toArray(new String[0]);
            int n = 0;
            for (String c : candidates) {
                n += c.length() > MAX_TYPO + 3 ? 0 : c.length() + 1;
            }
            long[] e = new long[n];
            int k = 0;
            for (int pos = 0; pos < candidates.length && pos <= POSITION_MASK; pos++) {
                String c = candidates[pos];
                if (c.length() > MAX_TYPO + 3) {
                    continue;
                }
                for (int skip = -1; skip < c.length(); skip++) {
                    e[k++] = (hash(c, skip) << POSITION_BITS) | pos;
                }
            }
            this.entries = k == n ? e : java.util.Arrays.copyOf(e, k);
            java.util.Arrays.sort(entries);
        }

        /** A 40-bit hash of {@code s} without the character at {@code skip} (none when -1). */
        private static long hash(String s, int skip) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                if (i != skip) {
                    h = (h ^ s.charAt(i)) * 0x100000001b3L;
                }
            }
            h ^= (s.length() - (skip < 0 ? 0 : 1)) * 0x9E3779B97F4A7C15L;
            return (h ^ (h >>> 29)) & ((1L << (64 - POSITION_BITS - 1)) - 1);
        }

        /** The candidates sharing a key with the typo, at most {@link #SCAN_LIMIT}. */
        List<String> near(String typo) {
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
            for (int skip = -1; skip < typo.length() && out.size() < SCAN_LIMIT; skip++) {
                long lo = hash(typo, skip) << POSITION_BITS;
                int at = java.util.Arrays.binarySearch(entries, lo);
                for (int i = at >= 0 ? at : -at - 1; i < entries.length && (entries[i] & ~POSITION_MASK) == lo
                        && out.size() < SCAN_LIMIT; i++) {
                    out.add(candidates[(int) (entries[i] & POSITION_MASK)]);
                }
            }
            return new ArrayList<>(out);
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
