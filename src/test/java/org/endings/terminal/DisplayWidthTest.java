package org.endings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

    @ParameterizedTest(name = "{0} takes {2} columns")
    @CsvSource(delimiter = '|', textBlock = """
        plain ASCII                         | Anora ending        | 12
        precomposed é                       | \u00e9              | 1
        e with a combining acute            | e\u0301             | 1
        CJK 漢字                            | \u6f22\u5b57        | 4
        Hiragana                            | \u3072\u3089        | 4
        Hangul syllables                    | \ud55c\uae00        | 4
        an emoji 😀                         | \ud83d\ude00        | 2
        a zero-width joiner                 | \u200d              | 0
        a zero-width space                  | \u200b              | 0
        a variation selector                | \ufe0f              | 0
        fullwidth Ａ                        | \uff21              | 2
        typographic quotes and ellipsis     | \u2019\u201c\u201d\u2026 | 4
        a sanitiser placeholder             | \u27e8U+202E\u27e9  | 8
        an empty string                     | ''                  | 0
        """)
    void textTakesTheColumnsATerminalGivesIt(String what, String text, int columns) {
        assertEquals(columns, DisplayWidth.of(text), what);
    }

    @ParameterizedTest(name = "U+{0} takes {1} columns")
    @CsvSource({
        "0041, 1", "0301, 0", "20DD, 0", "00AD, 1", "1F600, 2", "1F3AC, 2", "2764, 1", "26A1, 2",
        "3000, 2", "303F, 1", "FF61, 1", "AC00, 2", "1160, 0", "20000, 2", "1F1E6, 1", "1F700, 1",
        "001B, 1" })
    void oneCodePointTakesItsColumns(String hex, int columns) {
        assertEquals(columns, DisplayWidth.of(Integer.parseInt(hex, 16)));
    }
}
