package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.endings.terminal.UnicodeData;
import org.endings.testing.Golden;
import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.MeasuredCharacter;

/** The explorer draws every script and emoji by grapheme cluster: nothing dropped, nothing split. */
class ScriptsTest {
    private static final Golden GOLDEN = Golden.in("tui");
    private final Glyphs glyphs = new Glyphs(Theme.monochrome(), false);

    /** "a", the text, "b" on one row: the cells as drawn and the bytes the terminal gets. */
    private record Drawn(List<MeasuredCharacter> cells, String bytes) {}

    private Drawn draw(String text) throws IOException {
        ByteArrayOutputStream sink = BytesTerminal.sink();
        Display display = new Display(new BytesTerminal(sink, StandardCharsets.UTF_8, new TerminalSize(40, 1)));
        display.start();
        Canvas canvas = new Canvas(display, glyphs, 40, 1);
        canvas.clear();
        canvas.put(0, 0, "a" + text + "b", Role.TEXT, false);
        sink.reset();
        display.refresh(false);
        List<MeasuredCharacter> cells = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            cells.add(display.cell(c, 0));
        }
        return new Drawn(cells, sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyFullyQualifiedEmojiOfEmojiTestIsDrawnWholeInOneCellOfTwoColumns() throws IOException {
        List<String> failures = new ArrayList<>();
        List<UnicodeData.Emoji> all = UnicodeData.fullyQualifiedEmoji();
        int drawn = all.size();
        for (UnicodeData.Emoji e : all) {
            String emoji = e.text();
            Drawn d = draw(emoji);
            MeasuredCharacter cell = d.cells().get(1);
            if (!cell.getCharacterString().equals(emoji) || !cell.isDoubleWidth()
                    || !d.cells().get(3).getCharacterString().equals("b") || !d.bytes().contains("a" + emoji + "b")) {
                failures.add(e.name() + ": drawn as " + cell.getCharacterString() + (cell.isDoubleWidth() ? " (2)" : " (1)"));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + drawn + ":\n" + String.join("\n", failures));
        assertTrue(drawn > 3000, drawn + " emoji drawn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hindi keeps its virama and vowel signs | नमस्ते दुनिया | न,म,स्,ते, ,दु,नि,या",
        "Hebrew keeps its points | שָׁלוֹם | שָׁ,ל,וֹ,ם",
        "Arabic keeps its vowel marks | مَرْحَبًا | مَ,رْ,حَ,بً,ا",
        "Persian keeps its non-joiner | می\u200Cخواهم | م,ی\u200C,خ,و,ا,ه,م",
        "a ZWJ family is one emoji | 👨\u200D👩\u200D👧 | 👨\u200D👩\u200D👧",
        "a flag is one emoji | 🇰🇷 | 🇰🇷",
    })
    void aScriptIsDrawnClusterByClusterWithEveryMarkAndJoiner(String what, String text, String clusters) throws IOException {
        Drawn d = draw(text);
        List<String> got = new ArrayList<>();
        for (int c = 1; c < 40; ) {
            MeasuredCharacter cell = d.cells().get(c);
            if (cell.getCharacterString().equals("b")) {
                break;
            }
            got.add(cell.getCharacterString());
            c += cell.isDoubleWidth() ? 2 : 1;
        }
        assertEquals(List.of(clusters.split(",", -1)), got, what);
        assertTrue(d.bytes().contains("a" + text + "b"), what + ": the terminal gets the text unchanged");
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"beat,80,24", "beat,40,12", "quote,80,24", "readings,80,24", "people,80,24"})
    void aModelInManyScriptsLooksAsItsGoldenFile(String name, int columns, int rows) {
        String keys = switch (name) {
            case "quote" -> "<Tab><Enter>";
            case "readings" -> "r";
            case "people" -> "<Tab><Enter>p";
            default -> "";
        };
        VirtualScreen screen = new VirtualScreen(TuiModels.scripts(), columns, rows).press(keys);
        GOLDEN.check("scripts-" + name + "-" + columns + "x" + rows + ".txt", screen.cells());
    }
}
