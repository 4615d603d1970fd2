package org.endings.tui;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.endings.model.Model;
import org.endings.testing.Golden;

/** Every screen of the explorer at 80×24 and at 40×12, on the bundled model, as golden files. */
class ScreensTest {
    private static final Model MODEL = TuiModels.bundled();
    private static final Golden GOLDEN = Golden.in("tui");

    /** A screen: its name and the keys that reach it from the start. */
    static Stream<Arguments> screens() {
        String[][] screens = {
            {"beat-first", ""},
            {"beat-next-beat", "j"},
            {"beat-quote-list", "j<Tab>jj"},
            {"beat-under-another-reading", "l2"},
            {"reading-walk", "w"},
            {"reading-walk-next-beat", "wl"},
            {"matrix", "m"},
            {"matrix-moved", "mjjlll"},
            {"compare", "jc"},
            {"compare-next-reading", "jcj"},
            {"quote", "j<Tab><Enter>"},
            {"quote-with-variants", "jjj<Tab>j<Enter>"},
            {"readings", "r"},
            {"scene", "jjo"},
            {"scene-moved", "oG"},
            {"sources", "s"},
            {"source", "s<Enter>"},
            {"person", "j<Tab><Enter>p"},
            {"source-of-a-quote", "j<Tab>S"},
            {"your-reading-empty", "M"},
            {"stance-marked", "jj2+"},
            {"credence-prompt", "jj%consent 60 hope"},
            {"your-reading", "jj2+e<Enter>%consent 60 hope 20<Enter>3~M"},
            {"search-prompt", "/ring"},
            {"search-results", "/ring<Enter>"},
            {"search-results-last", "/ring<Enter>G"},
            {"search-no-match", "/zzzz<Enter>"},
            {"search-word-forms", "/refuses<Enter>"},
            {"help", "?"},
            {"help-scrolled", "?  "},
            {"where-am-i", "jj<Tab>i"},
            {"unknown-key", "z"},
            {"beat-paged", " "},
            {"test-prompt", "t"},
            {"test-question", "tseed 1<Enter>"},
            {"test-way", "tseed 1<Enter>3"},
            {"test-reveal", "tseed 1<Enter>31"},
            {"test-summary", "tseed 1 size 3<Enter>31<Enter>0<Enter>23<Enter>"},
            {"against", "tseed 1 size 3<Enter>31<Enter>0<Enter>23<Enter>a"},
        };
        Stream.Builder<Arguments> out = Stream.builder();
        for (int[] size : new int[][] {{80, 24}, {40, 12}}) {
            for (String[] s : screens) {
                out.add(Arguments.of(s[0], s[1], size[0], size[1]));
            }
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} at {2}x{3}")
    @MethodSource("screens")
    void screenLooksAsItsGoldenFile(String name, String keys, int columns, int rows) {
        VirtualScreen screen = new VirtualScreen(MODEL, columns, rows).press(keys);
        GOLDEN.check(name + "-" + columns + "x" + rows + ".txt", screen.snapshot());
    }

    /** The quote list, where all four stance words show, in the themes other than the default. */
    static Stream<Arguments> themes() {
        return Stream.of(
                Arguments.of("high-contrast", new TuiOptions(true, TuiOptions.HIGH_CONTRAST, false)),
                Arguments.of("no-color", new TuiOptions(false, TuiOptions.DEFAULT_THEME, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void stanceWordsLookAsTheThemeSays(String name, TuiOptions options) {
        VirtualScreen screen = new VirtualScreen(MODEL, 80, 24, options).press("j<Tab>jj");
        GOLDEN.check("beat-quote-list-" + name + "-80x24.txt", screen.snapshot());
    }
}
