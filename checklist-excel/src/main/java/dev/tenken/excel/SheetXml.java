package dev.tenken.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the XML parts of a workbook with a hardened SAX parser (no DOCTYPE, so no external
 * entities and no entity expansion) and keeps only the few columns Tenken reads, within
 * {@link Limits}. Cell values are taken as written: a formula is reported as a formula, never
 * evaluated, and its cached result is not used.
 */
final class SheetXml {
    private SheetXml() {
    }

    /** What a cell holds, as the file states it. */
    enum Kind { TEXT, NUMBER, BOOLEAN, ISO_DATE, ERROR, FORMULA }

    /**
     * One cell.
     *
     * @param row      1-based
     * @param col      0-based
     * @param overlong whether the text was longer than {@link Limits#MAX_CELL_CHARS} (and was cut)
     */
    record XCell(int row, int col, Kind kind, String text, boolean overlong) {
        String ref() {
            return Layout.ref(col, row);
        }
    }

    /** The cells of one sheet by row (1-based) then column; or why reading stopped. */
    record Sheet(TreeMap<Integer, TreeMap<Integer, XCell>> rows, List<String> stopped) {
        XCell cell(int row, int col) {
            Map<Integer, XCell> r = rows.get(row);
            return r == null ? null : r.get(col);
        }
    }

    /** Thrown inside the handler to stop parsing at a limit. */
    private static final class Stop extends SAXException {
        Stop(String message) {
            super(message);
        }
    }

    /** The shared strings; {@code null} entries mark strings cut at the cell limit. */
    record Strings(List<String> values, List<Boolean> overlong) {
    }

    static XMLReader reader() throws SAXException, ParserConfigurationException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setXIncludeAware(false);
        return f.newSAXParser().getXMLReader();
    }

    /** Reads the shared strings table; throws {@link IOException} with a plain message past a limit. */
    static Strings strings(InputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        List<Boolean> overlong = new ArrayList<>();
        DefaultHandler h = new DefaultHandler() {
            private StringBuilder current;
            private boolean inT;
            private int phonetic;
            private boolean cut;
            private long total;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
                switch (local) {
                    case "si" -> {
                        if (values.size() >= Limits.MAX_SHARED_STRINGS) {
                            throw new Stop("it holds more than " + Limits.MAX_SHARED_STRINGS + " different texts");
                        }
                        current = new StringBuilder();
                        cut = false;
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> inT = current != null && phonetic == 0;
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String q) {
                switch (local) {
                    case "si" -> {
                        values.add(current.toString());
                        overlong.add(cut);
                        current = null;
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inT = false;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (!inT) {
                    return;
                }
                total += length;
                if (total > Limits.MAX_SHARED_CHARS) {
                    throw new Stop("its texts together are longer than " + Limits.MAX_SHARED_CHARS + " characters");
                }
                int room = Limits.MAX_CELL_CHARS - current.length();
                if (length > room) {
                    cut = true;
                }
                current.append(ch, start, Math.max(0, Math.min(length, room)));
            }
        };
        parse(in, h);
        return new Strings(values, overlong);
    }

    /** Reads the cells of columns below {@code columns} of a worksheet. */
    static Sheet sheet(InputStream in, Strings strings, int columns) throws IOException {
        TreeMap<Integer, TreeMap<Integer, XCell>> rows = new TreeMap<>();
        List<String> stopped = new ArrayList<>();
        DefaultHandler h = new DefaultHandler() {
            private int rowCount;
            private int cellCount;
            private int row;
            private int col = -1;
            private String type;
            private boolean formula;
            private StringBuilder value;
            private boolean collect;
            private boolean inInline;
            private int phonetic;
            private boolean cut;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
                switch (local) {
                    case "row" -> {
                        if (++rowCount > Limits.MAX_ROWS) {
                            throw new Stop("the sheet has more than " + Limits.MAX_ROWS + " rows");
                        }
                        String r = a.getValue("r");
                        row = r == null ? row + 1 : parsePositive(r, row + 1);
                        col = -1;
                    }
                    case "c" -> {
                        if (++cellCount > Limits.MAX_CELLS) {
                            throw new Stop("the sheet has more than " + Limits.MAX_CELLS + " cells");
                        }
                        String r = a.getValue("r");
                        col = r == null ? col + 1 : columnOf(r, col + 1);
                        type = a.getValue("t");
                        formula = false;
                        value = new StringBuilder();
                        cut = false;
                    }
                    case "f" -> formula = true;
                    case "v" -> collect = value != null;
                    case "is" -> inInline = true;
                    case "rPh" -> phonetic++;
                    case "t" -> collect = inInline && value != null && phonetic == 0;
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String q) {
                switch (local) {
                    case "c" -> {
                        if (col >= 0 && col < columns) {
                            keep();
                        }
                        value = null;
                    }
                    case "v", "t" -> collect = false;
                    case "is" -> inInline = false;
                    case "rPh" -> phonetic--;
                    default -> { }
                }
            }

            private void keep() {
                String text = value.toString();
                Kind kind;
                boolean overlong = cut;
                if (formula) {
                    kind = Kind.FORMULA;
                } else if (type == null || type.equals("n")) {
                    kind = Kind.NUMBER;
                } else if (type.equals("s")) {
                    kind = Kind.TEXT;
                    int i = parsePositive(text.strip(), -1);
                    if (i < 0 || i >= strings.values().size()) {
                        kind = Kind.ERROR;
                        text = "";
                    } else {
                        text = strings.values().get(i);
                        overlong = strings.overlong().get(i);
                    }
                } else if (type.equals("b")) {
                    kind = Kind.BOOLEAN;
                } else if (type.equals("d")) {
                    kind = Kind.ISO_DATE;
                } else if (type.equals("e")) {
                    kind = Kind.ERROR;
                } else {
                    kind = Kind.TEXT; // inlineStr, str
                }
                if (kind != Kind.TEXT && kind != Kind.FORMULA && text.isBlank()) {
                    return; // a styled empty cell
                }
                if (kind == Kind.TEXT && text.isEmpty()) {
                    return;
                }
                rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, new XCell(row, col, kind, text, overlong));
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (!collect || value == null) {
                    return;
                }
                int room = Limits.MAX_CELL_CHARS - value.length();
                if (length > room) {
                    cut = true;
                }
                value.append(ch, start, Math.max(0, Math.min(length, room)));
            }
        };
        try {
            parse(in, h);
        } catch (LimitException e) {
            stopped.add(e.getMessage());
        }
        return new Sheet(rows, stopped);
    }

    /** A limit was reached; the message says which. */
    static final class LimitException extends IOException {
        LimitException(String message) {
            super(message);
        }
    }

    /** The XML of a part could not be parsed; the message says why in plain words. */
    static final class BrokenXmlException extends IOException {
        BrokenXmlException(String message) {
            super(message);
        }
    }

    /** Checks that a part is well-formed XML without a DOCTYPE; throws {@link BrokenXmlException} saying why not. */
    static void wellFormed(InputStream in) throws IOException {
        parse(in, new DefaultHandler());
    }

    private static void parse(InputStream in, DefaultHandler h) throws IOException {
        try {
            XMLReader r = reader();
            r.setContentHandler(h);
            r.setErrorHandler(h);
            r.parse(new InputSource(in));
        } catch (Stop e) {
            throw new LimitException(e.getMessage());
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            throw new BrokenXmlException(m.contains("DOCTYPE")
                    ? "its XML declares a DOCTYPE, which is refused (it could make the reader load other files)"
                    : "its XML is broken");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }

    private static int parsePositive(String s, int otherwise) {
        if (s.isEmpty() || s.length() > 9) {
            return otherwise;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return otherwise;
            }
        }
        return Integer.parseInt(s);
    }

    /** The 0-based column of an A1 reference such as {@code F12}. */
    static int columnOf(String ref, int otherwise) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                return otherwise;
            }
            c = c * 26 + (ch - 'A' + 1);
            i++;
        }
        return i == 0 ? otherwise : c - 1;
    }
}
