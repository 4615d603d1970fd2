package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Reading;
import org.endings.model.Scene;
import org.endings.model.Source;
import org.endings.model.SourceKind;
import org.endings.model.Stance;
import org.endings.model.Voice;
import org.endings.model.Work;
import org.junit.jupiter.api.Test;

/**
 * The indexes answer what their definitions say, worked out here from the model the slow way, on the
 * bundled model and on thousands of small random ones, valid or not: ids repeated, beats listed twice
 * in one quote, references to nothing, quotes with no speaker, variant links in chains and rings.
 */
class QueriesIndexesTest {
    @Test
    void theBundledModelsIndexesAreWhatTheirDefinitionsSay() {
        agree(ModelLoader.loadBundled().model());
    }

    @Test
    void randomModelsValidOrNotHaveTheIndexesTheirDefinitionsSay() {
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 2000; i++) {
            agree(random(random));
        }
    }

    @Test
    void aBeatOrReadingOutOfRangeIsRefusedNotAnsweredFromAnotherCell() {
        Queries q = new Queries(SmallModel.model());
        assertThrows(IndexOutOfBoundsException.class, () -> q.quotesFor(0, q.readingCount()));
        assertThrows(IndexOutOfBoundsException.class, () -> q.count(0, q.readingCount(), Stance.SUPPORTS));
        assertThrows(IndexOutOfBoundsException.class, () -> q.quotesFor(q.beatCount(), 0));
        assertThrows(IndexOutOfBoundsException.class, () -> q.count(-1, 0, Stance.SUPPORTS));
        assertThrows(IndexOutOfBoundsException.class, () -> q.walk(0).get(q.walk(0).size()));
    }

    /** Each answer of the indexes against the same answer found by going through the model. */
    private static void agree(Model m) {
        Queries q = new Queries(m);
        List<Quote> quotes = m.quotes();
        int nb = m.beats().size();
        int nr = m.readings().size();
        for (int r = 0; r < nr; r++) {
            List<String> walk = new ArrayList<>();
            for (int b = 0; b < nb; b++) {
                assertEquals(walk.size(), q.walkStart(r, b), "where beat " + b + " starts in walk " + r);
                String beatId = m.beats().get(b).id();
                String readingId = m.readings().get(r).id();
                List<Integer> bearing = new ArrayList<>();
                if (first(m.beats(), beatId) == b && firstReading(m, readingId) == r) {
                    for (int i = 0; i < quotes.size(); i++) {
                        for (String about : quotes.get(i).beats()) {
                            if (about.equals(beatId) && quotes.get(i).stanceOn(readingId) != null) {
                                bearing.add(i);
                            }
                        }
                    }
                }
                bearing.sort(Comparator.comparingInt(i -> quotes.get(i).stanceOn(readingId).ordinal()));
                assertEquals(bearing, q.quotesFor(b, r), "quotes for beat " + b + ", reading " + r);
                for (Stance s : Stance.values()) {
                    assertEquals(bearing.stream().filter(i -> quotes.get(i).stanceOn(readingId) == s).count(),
                            q.count(b, r, s), "count of " + s + " at beat " + b + ", reading " + r);
                }
                for (int i : bearing) {
                    walk.add(b + ":" + i);
                }
            }
            assertEquals(walk.size(), q.walkStart(r, nb), "the end of walk " + r);
            assertEquals(walk, q.walk(r).stream().map(w -> w.beat() + ":" + w.quote()).toList(), "walk " + r);
        }
        for (int b = 0; b < nb; b++) {
            String beatId = m.beats().get(b).id();
            List<Integer> about = new ArrayList<>();
            for (int i = 0; first(m.beats(), beatId) == b && i < quotes.size(); i++) {
                for (String listed : quotes.get(i).beats()) {
                    if (listed.equals(beatId)) {
                        about.add(i);
                    }
                }
            }
            assertEquals(about, q.quotesAbout(b), "quotes about beat " + b);
        }
        for (int s = 0; s < m.sources().size(); s++) {
            String id = m.sources().get(s).id();
            List<Integer> from = new ArrayList<>();
            for (int i = 0; first(m.sources(), id) == s && i < quotes.size(); i++) {
                if (quotes.get(i).source().equals(id)) {
                    from.add(i);
                }
            }
            assertEquals(from, q.quotesFrom(s), "quotes from source " + s);
        }
        for (int p = 0; p < m.people().size(); p++) {
            String id = m.people().get(p).id();
            List<Integer> by = new ArrayList<>();
            for (int i = 0; first(m.people(), id) == p && i < quotes.size(); i++) {
                if (quotes.get(i).voice() != Voice.EDITORIAL && id.equals(quotes.get(i).speaker())) {
                    by.add(i);
                }
            }
            assertEquals(by, q.quotesBy(p), "quotes by person " + p);
        }
        for (int i = 0; i < quotes.size(); i++) {
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < quotes.size(); j++) {
                if (j != i && linked(quotes, i, j)) {
                    others.add(j);
                }
            }
            assertEquals(others, q.variantsOf(i), "variants of quote " + i);
            boolean supports = quotes.get(i).stances().containsValue(Stance.SUPPORTS);
            boolean challenges = quotes.get(i).stances().containsValue(Stance.CHALLENGES);
            assertEquals(supports && challenges, q.isContested(i), "quote " + i + " contested");
        }
    }

    /** Whether two quotes are wordings of one remark: a chain of variantOf links, either way, joins them. */
    private static boolean linked(List<Quote> quotes, int from, int to) {
        boolean[] seen = new boolean[quotes.size()];
        List<Integer> reach = new ArrayList<>(List.of(from));
        seen[from] = true;
        for (int k = 0; k < reach.size(); k++) {
            int at = reach.get(k);
            for (int j = 0; j < quotes.size(); j++) {
                if (!seen[j] && (j == variantOf(quotes, at) || at == variantOf(quotes, j))) {
                    seen[j] = true;
                    reach.add(j);
                }
            }
        }
        return seen[to];
    }

    /** The quote this one is a variant of, or -1 (the first quote with that id, as ids are found). */
    private static int variantOf(List<Quote> quotes, int quote) {
        String of = quotes.get(quote).variantOf();
        for (int j = 0; of != null && j < quotes.size(); j++) {
            if (quotes.get(j).id().equals(of)) {
                return j;
            }
        }
        return -1;
    }

    private static int first(List<?> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            Object e = entries.get(i);
            String other = e instanceof Beat b ? b.id() : e instanceof Source s ? s.id() : ((Person) e).id();
            if (other.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstReading(Model m, String id) {
        for (int i = 0; i < m.readings().size(); i++) {
            if (m.readings().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** An id of a kind, now and then one that names nothing, or none. */
    private static String pick(SplittableRandom random, String kind, int n) {
        int k = random.nextInt(n + 2);
        return k == n + 1 ? null : k == n ? kind + "-unknown" : kind + "-" + k;
    }

    private static Model random(SplittableRandom random) {
        int nb = 1 + random.nextInt(6);
        int nr = 1 + random.nextInt(5);
        int nq = random.nextInt(30);
        int np = 1 + random.nextInt(4);
        int ns = 1 + random.nextInt(4);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            people.add(new Person("person-" + random.nextInt(np), "Person " + i, "actor", null));
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < ns; i++) {
            sources.add(new Source("source-" + random.nextInt(ns), SourceKind.ARTICLE, null, "Source " + i, null, null, null));
        }
        List<Beat> beats = new ArrayList<>();
        for (int i = 0; i < nb; i++) {
            beats.add(new Beat(random.nextInt(8) == 0 ? "beat-0" : "beat-" + i, "Beat " + i, "What happens.", List.of(), null));
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            readings.add(new Reading(random.nextInt(8) == 0 ? "reading-0" : "reading-" + i, "Reading " + i, "A thesis.",
                    Map.of()));
        }
        List<Quote> quotes = new ArrayList<>();
        Voice[] voices = Voice.values();
        Stance[] stances = Stance.values();
        for (int i = 0; i < nq; i++) {
            List<String> about = new ArrayList<>();
            for (int j = random.nextInt(nb + 2); j > 0; j--) {
                String b = pick(random, "beat", nb);
                if (b != null) {
                    about.add(b);
                }
            }
            Map<String, Stance> bearing = new LinkedHashMap<>();
            for (int j = random.nextInt(nr + 2); j > 0; j--) {
                String r = pick(random, "reading", nr);
                if (r != null) {
                    bearing.put(r, stances[random.nextInt(stances.length)]);
                }
            }
            String source = pick(random, "source", ns);
            quotes.add(new Quote(random.nextInt(10) == 0 ? "q-0" : "q-" + i, "Words.", voices[random.nextInt(voices.length)],
                    pick(random, "person", np), source == null ? "source-0" : source, about, bearing,
                    random.nextInt(3) == 0 ? pick(random, "q", nq) : null));
        }
        return new Model("endings/1", new Work("A film", 2024, "A director"), new Scene("The scene", "Here.", "This."),
                people, sources, beats, readings, quotes);
    }
}
