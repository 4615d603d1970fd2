package org.endings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.endings.model.ModelValidator;
import org.endings.model.Problem;
import org.endings.model.Quote;
import org.endings.model.Source;
import org.endings.model.SourceKind;
import org.endings.model.Stance;
import org.endings.model.Voice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled model of Anora's final scene is what the sources support, and nothing more. */
class BundledModelTest {
    private static Model model;
    private static Queries queries;

    @BeforeAll
    static void load() throws Exception {
        model = ModelLoader.loadBundled().model();
        queries = new Queries(model);
    }

    @Test
    void itLoadsFromTheJarAndHasNoProblemAtAll() {
        List<Problem> problems = ModelValidator.validate(model);
        assertEquals(List.of(), problems);
        assertEquals("Anora", model.work().title());
        assertEquals(2024, model.work().year());
        assertEquals("Sean Baker", model.work().director());
    }

    @Test
    void theFourBeatsAreInFilmOrder() {
        assertEquals(List.of("The ring returned", "The intimacy", "The refused kiss", "The breakdown"),
                model.beats().stream().map(b -> b.title()).toList());
        assertTrue(String.join(" ", model.beats().get(3).setting()).contains("cut to black"));
    }

    @Test
    void theNamedReadingsAreThere() {
        Set<String> titles = model.readings().stream().map(r -> r.title()).collect(Collectors.toSet());
        assertTrue(titles.containsAll(Set.of("Reclaimed power", "Consent", "Hope")), titles.toString());
        assertTrue(model.readings().size() >= 6, "and the others the sources support");
    }

    @Test
    void everyBeatAndEveryReadingHasAQuote() {
        for (int b = 0; b < queries.beatCount(); b++) {
            assertFalse(queries.quotesAbout(b).isEmpty(), model.beats().get(b).id());
        }
        for (int r = 0; r < queries.readingCount(); r++) {
            assertFalse(queries.walk(r).isEmpty(), model.readings().get(r).id());
        }
    }

    @Test
    void hopeAndDespairEachCiteWhatPullsBothWays() {
        for (String reading : List.of("hope", "despair")) {
            Set<Stance> stances = model.quotes().stream().map(q -> q.stanceOn(reading))
                    .filter(s -> s != null).collect(Collectors.toSet());
            assertTrue(stances.contains(Stance.SUPPORTS), reading);
            assertTrue(stances.contains(Stance.CHALLENGES) || stances.contains(Stance.COMPLICATES), reading);
        }
    }

    @Test
    void bothWordingsOfTheIndieWireRemarkArePresentEachWithItsOwnSourceAndLinked() {
        Quote interpretations = quoteContaining("allows for different interpretations");
        Quote readings = quoteContaining("allows for different readings");
        assertEquals(List.of(queries.quoteIndex(interpretations.id())), queries.variantsOf(queries.quoteIndex(readings.id())));
        Source a = queries.source(interpretations.source());
        Source b = queries.source(readings.source());
        assertEquals("IndieWire", a.outlet());
        assertEquals("IndieWire", b.outlet());
        assertTrue(!a.reportedBy().equals(b.reportedBy()), "each wording comes from the article that printed it");
        assertTrue(quoteContaining("No, I’m in control of this moment.").text().endsWith("moment.'"),
                "the first article's closing straight apostrophe is kept verbatim");
        assertNotNull(quoteContaining("No, I control this moment.’").variantOf());
    }

    @Test
    void theArticlesOwnCommentaryIsNeverPutInAFilmmakersMouth() {
        Map<String, Source> sources = model.sources().stream().collect(Collectors.toMap(Source::id, s -> s));
        for (Quote q : model.quotes()) {
            if (q.voice() == Voice.EDITORIAL) {
                assertNull(q.speaker(), q.id());
                assertEquals(SourceKind.ARTICLE, sources.get(q.source()).kind(), q.id());
            }
        }
        assertEquals(Voice.EDITORIAL, quoteContaining("quietly falling in love").voice());
        assertEquals(Voice.EDITORIAL, quoteContaining("attempts to repay Igor").voice());
        assertEquals(Voice.PARAPHRASE, quoteContaining("Baker sees Ani’s breakdown as existential").voice());
        assertEquals("sean-baker", quoteContaining("We know Ani will be fine.").speaker());
    }

    @Test
    void noSourceIsGivenADateOrOutletItsArticleDoesNotPrint() {
        Map<String, Source> sources = model.sources().stream().collect(Collectors.toMap(Source::id, s -> s));
        assertEquals("2025-03-12", sources.get("explainer").date());
        assertNull(sources.get("explainer").outlet());
        assertNull(sources.get("cinema-group").date());
        assertEquals("2024-11", sources.get("indiewire-2024").date());
        assertNull(sources.get("script-apart").date());
    }

    private static Quote quoteContaining(String text) {
        List<Quote> found = model.quotes().stream().filter(q -> q.text().contains(text)).toList();
        assertEquals(1, found.size(), () -> "one quote containing " + text + ", found " + found.size());
        return found.get(0);
    }
}
