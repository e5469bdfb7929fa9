package dev.tenken.checklist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Terminal columns: what lines up a table of Japanese text. */
class TerminalTextTest {
    @Test
    void wideCharactersTakeTwoColumnsAndMarksNone() {
        assertEquals(0, TerminalText.width(""));
        assertEquals(3, TerminalText.width("abc"));
        assertEquals(4, TerminalText.width("必須"));
        assertEquals(8, TerminalText.width("一部実施"));
        assertEquals(10, TerminalText.width("テレワーク"));          // katakana
        assertEquals(5, TerminalText.width("ﾃﾚﾜｰｸ"));               // halfwidth katakana
        assertEquals(4, TerminalText.width("ＡＢ"));                 // fullwidth Latin
        assertEquals(2, TerminalText.width("\u3000"));               // ideographic space
        assertEquals(2, TerminalText.width("😀"));                   // outside the BMP, one code point
        assertEquals(2, TerminalText.width("𠮷"));                  // a kanji outside the BMP
        assertEquals(1, TerminalText.width("e\u0301"));              // e and a combining accent
        assertEquals(2, TerminalText.width("か\u3099"));             // か and a combining dakuten
        assertEquals(1, TerminalText.width("a\u200B"));              // zero-width space
        assertEquals(2, TerminalText.width("한"));
        assertEquals(1, TerminalText.width("○"));                   // East Asian Ambiguous: one
        assertEquals(6, TerminalText.width("Wi-Fi "));
    }

    @Test
    void paddingCountsColumnsNotCharacters() {
        assertEquals("必須  |", TerminalText.padEnd("必須", 6) + "|");
        assertEquals("  必須|", TerminalText.padStart("必須", 6) + "|");
        assertEquals("required|", TerminalText.padEnd("required", 4) + "|");
        assertEquals("|100.0%", "|" + TerminalText.padStart("100.0%", 6));
    }
}
