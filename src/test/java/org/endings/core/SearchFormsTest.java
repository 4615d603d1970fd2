package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.endings.model.ModelLoader;

/** A search finds words in any of their forms, accents and case aside, and says which words it matched. */
class SearchFormsTest {
    private static final Queries BUNDLED = new Queries(ModelLoader.loadBundled().model());

    private static List<String> where(String query) {
        return BUNDLED.search(query).stream().map(Match::where).toList();
    }

    @Test
    void refusesFindsTheRefusedKissAndMarksRefused() {
        List<Match> matches = BUNDLED.search("refuses");
        Match beat = matches.stream().filter(m -> m.kind() == Match.Kind.BEAT).findFirst().orElseThrow();
        assertEquals("Beat 3, The refused kiss", beat.where());
        assertEquals("refused", beat.marked());
        assertEquals("refused", beat.otherForm(), "the text mode says the form it matched");
    }

    @Test
    void aWordTypedAsItStandsIsMarkedButNotRepeated() {
        Match m = BUNDLED.search("ring").get(1);
        assertEquals("ring", m.marked().toLowerCase());
        assertEquals("", m.otherForm());
    }

    @Test
    void accentsCaseAndTypographicQuotesDoNotMatter() {
        assertEquals(where("annulled"), where("ÀNNÚLLED"));
        assertTrue(TextSearch.fold("Déjà vu, Ⅸ, I’m").startsWith("deja vu"), TextSearch.fold("Déjà vu"));
        assertEquals("deja vu", TextSearch.fold("De\u0301ja\u0300 vu"), "decomposed accents too");
        assertEquals("שלום", TextSearch.fold("שָׁלוֹם"), "Hebrew points");
        assertEquals("میخواهم", TextSearch.fold("می\u200Cخواهم"), "the Persian non-joiner");
        int[] at = new TextSearch("deja").find(TextSearch.fold("a déjà vu"));
        assertEquals(2, at[0]);
    }

    @Test
    void wordFormsMatchByTheirStemAndTheLastWordByItsStartToo() {
        assertTrue(new TextSearch("hoping").in(TextSearch.fold("there is hope")));
        assertTrue(new TextSearch("kisses").in(TextSearch.fold("the kiss")));
        assertTrue(new TextSearch("refu").in(TextSearch.fold("she refused")), "typing: the start of a word");
        assertTrue(new TextSearch("refusing him").in(TextSearch.fold("she refused him")), "every word by its form");
        assertTrue(!new TextSearch("ring").in(TextSearch.fold("an offering")), "never inside a word");
        assertTrue(!new TextSearch("igor ani").in(TextSearch.fold("igor\u0000ani")), "never across two fields");
    }

    @Test
    void theScenePeopleAndSourcesAreSearchable() {
        assertEquals(Match.Kind.SCENE, BUNDLED.search("final scene").get(0).kind());
        assertTrue(BUNDLED.search("samantha quan").stream().anyMatch(m -> m.kind() == Match.Kind.PERSON));
        assertTrue(BUNDLED.search("cinema group").stream().anyMatch(m -> m.kind() == Match.Kind.SOURCE));
    }
}
