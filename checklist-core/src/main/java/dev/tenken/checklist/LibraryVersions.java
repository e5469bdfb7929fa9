package dev.tenken.checklist;

import com.fasterxml.jackson.core.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the libraries Tenken reads with are versions it works with, so that an
 * application whose build pins an older Jackson gets a message saying what to change rather
 * than a {@code NoSuchMethodError} from deep inside a parser.
 *
 * <p>Tenken needs {@code jackson-core} and {@code jackson-dataformat-yaml} of one minor version,
 * {@value #OLDEST_JACKSON} or later. Maven picks the nearest declaration of each artifact, so an
 * application that declares, say, {@code jackson-databind 2.17.2} gets {@code jackson-core 2.17.2}
 * beside Tenken's newer {@code jackson-dataformat-yaml}; importing {@code jackson-bom} lines them up.
 * {@code TenkenEngine.build()} and {@link ChecklistLibrary.Builder#build()} call {@link #check()}.
 *
 * @since 0.2
 */
public final class LibraryVersions {
    /** The oldest Jackson minor version Tenken is tested with (see the examples module's tests). */
    public static final String OLDEST_JACKSON = "2.16";

    /**
     * The Jackson version Tenken is built and shipped with, as the build recorded it (not the one
     * found at run time, which may be the old one the fix must replace).
     */
    static final String BUILT_WITH_JACKSON = TenkenVersion.jackson()
            .orElse(com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString());

    private LibraryVersions() {
    }

    /**
     * Checks the Jackson found at run time.
     *
     * @throws TenkenException with phase {@link TenkenException.Phase#SETUP} naming the versions
     *                         found and the fix, when they cannot work together
     */
    public static void check() throws TenkenException {
        List<Problem> problems = jacksonProblems(
                com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION);
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.SETUP, problems);
        }
    }

    /** What is wrong with this pair of versions, if anything (a pure function, for tests). */
    static List<Problem> jacksonProblems(Version core, Version yaml) {
        List<Problem> problems = new ArrayList<>();
        String[] oldest = OLDEST_JACKSON.split("\\.");
        int minMajor = Integer.parseInt(oldest[0]);
        int minMinor = Integer.parseInt(oldest[1]);
        // concatenated, not formatted: this runs at every start, and java.util.Formatter is slow to load
        String fix = "import com.fasterxml.jackson:jackson-bom:" + BUILT_WITH_JACKSON + " (scope import) in your"
                + " build's dependencyManagement, or give every Jackson artifact one version, " + OLDEST_JACKSON + " or later";
        if (core.getMajorVersion() != yaml.getMajorVersion() || core.getMinorVersion() != yaml.getMinorVersion()) {
            problems.add(Problem.at("class path", 0, 0, String.format(Locale.ROOT,
                    "jackson-core %s and jackson-dataformat-yaml %s are different Jackson versions and do not work"
                            + " together; %s", plain(core), plain(yaml), fix)));
        }
        for (Version v : List.of(core, yaml)) {
            // Version.compareTo would compare group and artifact ids first
            if (v.getMajorVersion() < minMajor || (v.getMajorVersion() == minMajor && v.getMinorVersion() < minMinor)) {
                String name = v == core ? "jackson-core" : "jackson-dataformat-yaml";
                problems.add(Problem.at("class path", 0, 0, String.format(Locale.ROOT,
                        "%s %s is older than Tenken supports (%s or later); %s", name, plain(v), OLDEST_JACKSON, fix)));
            }
        }
        return problems;
    }

    private static String plain(Version v) {
        return v.getMajorVersion() + "." + v.getMinorVersion() + "." + v.getPatchLevel();
    }
}
