package org.endings.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.endings.core.Action;
import org.endings.core.Effect;
import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.core.State;
import org.endings.model.ModelLoader;

/** An export asked for from the explorer or the text mode: the core names it, the edge writes it, never over a file. */
class ExportsTest {
    private final Navigator navigator = new Navigator(new Queries(ModelLoader.loadBundled().model()));

    @Test
    void theReadingInViewIsWrittenAsAWebPageBesideTheReaderAndNeverOverAFileThere(@TempDir Path folder) throws Exception {
        State consent = navigator.update(navigator.start(), new Action.ChooseReading(2)).state();
        List<Effect> effects = navigator.update(consent, new Action.Export("")).effects();
        Effect.Export export = (Effect.Export) effects.get(0);
        assertEquals(new Effect.Export("html", 2, 0, "anora-consent", "the reading Consent through every beat"), export);
        String said = Exports.write(navigator, export, folder);
        Path file = folder.resolve("anora-consent.html");
        assertEquals("Exported the reading Consent through every beat as html to " + file + ".", said);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        String again = Exports.write(navigator, export, folder);
        assertTrue(again.endsWith("anora-consent-2.html."), again);
    }

    @Test
    void aBeatOrEverythingInMarkdownOrTextAndAnUnknownWordIsSaidPlainly() {
        State beat3 = navigator.update(navigator.start(), new Action.GoToBeat(3)).state();
        assertEquals(new Effect.Export("markdown", 0, 3, "anora-beat-3", "the beat The refused kiss under every reading"),
                navigator.update(beat3, new Action.Export("markdown beat")).effects().get(0));
        assertEquals(new Effect.Export("text", 0, 0, "anora", "the whole model"),
                navigator.update(beat3, new Action.Export("all text")).effects().get(0));
        State refused = navigator.update(beat3, new Action.Export("pdf")).state();
        assertTrue(refused.status().error());
        assertTrue(refused.status().text().endsWith("“pdf” is neither."), refused.status().text());
    }
}
