package org.endings.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.endings.testing.Golden;
import org.junit.jupiter.api.Test;

/** The exports of the bundled model as a teacher hands them out, and of a model that tries to inject markup. */
class ExportTest {
    static final Path HOSTILE = Path.of("src", "test", "resources", "models", "hostile", "markup.json");

    private static final Model BUNDLED = ModelLoader.loadBundled().model();
    private static final Golden GOLDEN = Golden.in("export");

    static Handout handout(Model model, Selection selection) {
        return new Contents(new Navigator(new Queries(model))).of(selection);
    }

    static Model hostile() throws Exception {
        return ModelLoader.load(HOSTILE).model();
    }

    @Test
    void theWholeModelAsHtmlIsTheGolden() {
        GOLDEN.check("anora.html", Format.HTML.write(handout(BUNDLED, Selection.ALL), 80));
    }

    @Test
    void theWholeModelAsMarkdownIsTheGolden() {
        GOLDEN.check("anora.md", Format.MARKDOWN.write(handout(BUNDLED, Selection.ALL), 80));
    }

    @Test
    void theWholeModelAsTextIsTheGolden() {
        GOLDEN.check("anora.txt", Format.TEXT.write(handout(BUNDLED, Selection.ALL), 80));
    }

    @Test
    void theModelAsJsonIsTheGolden() {
        GOLDEN.check("anora.json", ModelJson.of(BUNDLED));
    }

    @Test
    void oneBeatUnderEveryReadingAsMarkdownIsTheGolden() {
        GOLDEN.check("beat-3.md", Format.MARKDOWN.write(handout(BUNDLED, new Selection(0, 3)), 80));
    }

    @Test
    void oneReadingsWalkAsTextAt40ColumnsIsTheGolden() {
        GOLDEN.check("reading-2-wrap40.txt", Format.TEXT.write(handout(BUNDLED, new Selection(2, 0)), 40));
    }

    @Test
    void theSceneComesFirstThenEveryReadingsWalkThenTheMatrixThenTheSources() {
        Handout h = handout(BUNDLED, Selection.ALL);
        assertEquals("scene", h.sections().get(0).anchor());
        for (int r = 1; r <= 9; r++) {
            assertEquals("reading-" + r, h.sections().get(r).anchor());
            assertEquals(4, h.sections().get(r).parts().size(), "a part for each beat");
        }
        assertEquals("matrix", h.sections().get(10).anchor());
        assertEquals("sources", h.sections().get(11).anchor());
    }

    @Test
    void aReadingsWalkHoldsThatReadingAloneAndTheSources() {
        Handout h = handout(BUNDLED, new Selection(2, 0));
        assertEquals(2, h.sections().size());
        assertEquals("Reading 2 of 9: Consent", h.sections().get(0).title());
        assertEquals("Anora (2024) — The final scene. Reading 2 of 9: Consent", h.title());
    }

    @Test
    void aBeatIsReadUnderEveryReadingWithOnlyTheQuotesThatBearOnEach() {
        String text = Format.TEXT.write(handout(BUNDLED, new Selection(0, 3)), 0);
        assertTrue(text.contains("Beat 3 of 4: The refused kiss."), text);
        for (String reading : new String[] {"Reclaimed power", "Consent", "Hope", "A devastating place"}) {
            assertTrue(text.contains("\nRead as " + reading + ".\n"), reading);
        }
        assertFalse(text.contains(". No stance on Consent."), "under every reading, each lists only the quotes bearing on it");
    }

    @Test
    void everyHtmlHeadingNestsUnderTheOneBefore() {
        String html = Format.HTML.write(handout(BUNDLED, Selection.ALL), 80);
        Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int last = 0;
        int ones = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= last + 1, "h" + level + " after h" + last + " at " + m.start());
            ones += level == 1 ? 1 : 0;
            last = level;
        }
        assertEquals(1, ones, "one h1");
    }

    @Test
    void everyLinkInTheHtmlLeadsToAnAnchorOnThePage() {
        String html = Format.HTML.write(handout(BUNDLED, Selection.ALL), 80);
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            assertTrue(html.contains("id=\"" + m.group(1) + "\""), m.group(1));
            links++;
        }
        assertTrue(links > 20, "contents and other wordings link");
        assertFalse(html.contains("src=") || html.contains("<link") || html.contains("<script") || html.contains("url("),
                "nothing is fetched and no script runs");
    }

    @Test
    void everyMarkdownLinkLeadsToAnAnchor() {
        String md = Format.MARKDOWN.write(handout(BUNDLED, Selection.ALL), 80);
        Matcher m = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
        int links = 0;
        while (m.find()) {
            assertTrue(md.contains("<a id=\"" + m.group(1) + "\"></a>"), m.group(1));
            links++;
        }
        assertTrue(md.contains("Another wording: [quote"), "other wordings link to each other");
        assertTrue(links > 10);
    }

    @Test
    void theHostileModelsHtmlHasNoScriptNoMarkupAndNoControlCharacters() throws Exception {
        String html = Format.HTML.write(handout(hostile(), Selection.ALL), 80);
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<!--"), html);
        assertFalse(html.contains("</title><"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;amp;"), html);
        assertTrue(html.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x202e),
                "control characters are shown as symbols, never passed on");
        // Every tag on the page is one the exporter writes.
        Matcher tags = Pattern.compile("<(/?)([a-zA-Z0-9!]+)").matcher(html);
        while (tags.find()) {
            assertTrue(Pattern.matches("(?i)!DOCTYPE|html|head|meta|title|style|body|a|header|h[1-6]|p|nav|ol|li|main|section|"
                    + "figure|blockquote|figcaption|cite|strong|div|table|caption|thead|tbody|tr|th|td|footer", tags.group(2)),
                    tags.group());
        }
    }

    @Test
    void theHostileModelsMarkdownStartsNoConstructAndCarriesNoHtml() throws Exception {
        String md = Format.MARKDOWN.write(handout(hostile(), Selection.ALL), 80);
        Matcher raw = Pattern.compile("(?<!\\\\)<").matcher(md);
        while (raw.find()) {
            assertTrue(md.startsWith("<a id=\"", raw.start()) || md.startsWith("</a>", raw.start()),
                    "only the exporter's anchors are HTML: " + md.substring(raw.start(), Math.min(md.length(), raw.start() + 40)));
        }
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), md);
        assertTrue(md.contains("\\[link\\](javascript:alert(3)) \\*bold\\* \\`code\\` \\| cell \\|"), md);
        assertTrue(md.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c == 0x202e));
        for (String line : md.split("\n")) {
            // A line the exporter did not start with # > - or a number starts with escaped model text.
            for (String construct : new String[] {"<script", "# The", "- The", "1. Igor", "> She"}) {
                assertFalse(line.startsWith(construct), line);
            }
        }
    }

    @Test
    void markdownEscapesOnlyWhatWouldMeanSomething() {
        assertEquals("Ani's \\*own\\* terms: 50-50.", Markdown.escape("Ani's *own* terms: 50-50."));
        assertEquals("2024\\. A year", Markdown.escape("2024. A year"));
        assertEquals("\\- not a list", Markdown.escape("- not a list"));
        assertEquals("\\# not a heading", Markdown.escape("# not a heading"));
    }

    @Test
    void theHostileModelsTextIsSafeForATerminal() throws Exception {
        String text = Format.TEXT.write(handout(hostile(), Selection.ALL), 80);
        assertTrue(org.endings.terminal.Sanitizer.isSafe(text));
        assertFalse(text.contains("\u001b"));
    }

    @Test
    void theJsonIsTheModelAsLoaded() throws Exception {
        for (Model model : new Model[] {BUNDLED, hostile()}) {
            byte[] json = ModelJson.of(model).getBytes(StandardCharsets.UTF_8);
            assertEquals(model, ModelLoader.load("export.json", json).model());
        }
        String hostileJson = ModelJson.of(hostile());
        assertTrue(hostileJson.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c == 0x9b || c == 0x202e),
                "control characters escaped, so the JSON is safe to print");
    }
}
