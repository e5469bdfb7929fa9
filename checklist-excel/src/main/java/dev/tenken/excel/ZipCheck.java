package dev.tenken.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a zip once, counting bytes, before any XML parser or POI sees it: a zip
 * bomb or an oversized part is refused after at most {@link Limits#MAX_TOTAL_BYTES} bytes are
 * inflated (into a small reused buffer), whatever sizes the entry headers claim. POI's own
 * {@code ZipSecureFile} limits are process-wide static settings, so Tenken leaves them at their
 * defaults and checks here instead.
 */
final class ZipCheck {
    /** Parts smaller than this are not judged by their ratio (POI's own grace size). */
    private static final long GRACE_BYTES = 100 * 1024;
    /** The largest ratio of unpacked to packed size (POI's default minimum inflate ratio is 1/100). */
    private static final long MAX_RATIO = 100;

    private ZipCheck() {
    }

    /** Why the zip cannot be read, or empty when it is within every limit. */
    static Optional<String> problem(byte[] zip) {
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > Limits.MAX_ENTRIES) {
                    return Optional.of("it holds more than " + Limits.MAX_ENTRIES + " parts, far more than an answers workbook");
                }
                if (!safeName(e.getName())) {
                    return Optional.of("its part '" + shorten(printable(e.getName())) + "' has a name that points outside the"
                            + " workbook (absolute, '..', a backslash or a NUL character), which no workbook has; is it the"
                            + " right file?");
                }
                long size = 0;
                int n;
                java.io.ByteArrayOutputStream structure = isStructure(e.getName()) ? new java.io.ByteArrayOutputStream() : null;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (structure != null && size <= Limits.MAX_ENTRY_BYTES) {
                        structure.write(buf, 0, n);
                    }
                    if (size > Limits.MAX_ENTRY_BYTES) {
                        return Optional.of("its part '" + shorten(e.getName()) + "' unpacks to more than "
                                + Limits.MAX_ENTRY_BYTES / (1024 * 1024) + " MB (a zip bomb, or far more than an answers workbook)");
                    }
                    if (total > Limits.MAX_TOTAL_BYTES) {
                        return Optional.of("it unpacks to more than " + Limits.MAX_TOTAL_BYTES / (1024 * 1024)
                                + " MB (a zip bomb, or far more than an answers workbook)");
                    }
                }
                if (structure != null) {
                    try {
                        SheetXml.wellFormed(new ByteArrayInputStream(structure.toByteArray()));
                    } catch (SheetXml.BrokenXmlException broken) {
                        return Optional.of("its part '" + shorten(e.getName()) + "' cannot be read: " + broken.getMessage()
                                + "; save the workbook again from Excel or LibreOffice");
                    }
                }
                long packed = e.getCompressedSize();
                if (size > GRACE_BYTES && packed >= 0 && packed * MAX_RATIO < size) {
                    return Optional.of("its part '" + shorten(e.getName()) + "' unpacks to more than " + MAX_RATIO
                            + " times its packed size (a zip bomb, or not an answers workbook)");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("it is not a readable zip archive, as an .xlsx workbook is");
        }
        if (entries == 0) {
            return Optional.of("it is an empty zip archive, not an .xlsx workbook");
        }
        return Optional.empty();
    }

    /**
     * Whether POI parses the part as a whole when it opens the package (content types,
     * relationships, the workbook and the document properties), so that it is checked here first:
     * POI logs what it cannot parse, stack trace and all, on the application's log.
     */
    private static boolean isStructure(String name) {
        return name.equals("[Content_Types].xml") || name.endsWith(".rels") || name.equals("xl/workbook.xml")
                || (name.startsWith("docProps/") && name.endsWith(".xml"));
    }

    /**
     * Whether a zip entry name stays inside the archive: not absolute (no leading {@code /}, no
     * drive letter), no {@code ..} segment, no backslash, no NUL.
     */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() >= 2 && name.charAt(1) == ':')) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The name with control characters shown as {@code ?}, so a message cannot carry them. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
