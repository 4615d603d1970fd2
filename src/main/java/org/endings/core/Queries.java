package org.endings.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Reading;
import org.endings.model.Scene;
import org.endings.model.Source;
import org.endings.model.Stance;
import org.endings.model.Voice;

/**
 * The questions the views ask of a model, answered from indexes built once: which quotes bear on a
 * beat under a reading, how many support, complicate or challenge it, which quotes are contested,
 * which word the same remark differently, and where a text occurs. Every answer but search costs
 * time in proportion to its own size, never the model's.
 */
public final class Queries {
    private static final Stance[] STANCES = Stance.values();
    /**
     * Joins the fields of one item in its search text. A query never holds it, so no match can run
     * from one field into the next, and every match lies inside a field its snippet can show.
     */
    private static final String FIELD = "\u0000";

    private final Model model;
    private final Map<String, Integer> beatIndex = new HashMap<>();
    private final Map<String, Integer> readingIndex = new HashMap<>();
    private final Map<String, Integer> quoteIndex = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Integer> personIndex = new HashMap<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    // Lists of quote numbers, each a range of one array per kind (see Grouping).
    /** Per source, the quotes it carries; per person, the quotes they speak or are paraphrased in; file order. */
    private final Grouping sourceQuotes;
    private final Grouping personQuotes;
    /** Per beat, the quotes about it, in file order. */
    private final Grouping beatQuotes;
    /** Per beat and reading (list b × readings + r), the quotes bearing on that reading, supports first. */
    private final Grouping cells;
    /** Per beat, reading and stance ((b × readings + r) × stances + s), how many quotes take that stance. */
    private final int[] counts;
    private final int readingCount;
    /** Per reading, the beat and the quote of each step of its walk through the beats, in walk order. */
    private final int[][] walkBeats;
    private final int[][] walkQuotes;
    private final boolean[] contested;
    private final boolean[] aboutWholeScene;
    /** Per reading, where each beat's quotes start in the walk; one more entry for the end. */
    private final int[][] walkStarts;
    private final int[] variantGroup;
    /** The groups of more than one wording, by the group's name (its lowest index): their quotes in file order. */
    private final Map<Integer, int[]> variantGroups = new HashMap<>();
    private final List<List<String>> sourceSpeakers;

    /** A quote in a reading's walk through the beats. */
    public record WalkItem(int beat, int quote) {}

    /**
     * Lists of quote numbers counted first and then filled, so that each list is a range of one
     * array, with no list, no growing and no Integer per entry (the generated 7 MB model's indexes
     * took 17.6 MB and ~70 ms as lists of Integers, 7 MB and ~30 ms so): {@link #count} each entry's
     * list in one pass, {@link #close} the counting, then {@link #add} (or {@link #put}) the same
     * entries. List i is values[starts[i]] to values[starts[i + 1]].
     */
    private static final class Grouping {
        private final int[] starts;
        private int[] values;
        /** Per list, where its next {@link #add} goes. */
        private int[] next;

        Grouping(int lists) {
            starts = new int[lists + 1];
        }

        void count(int list) {
            starts[list + 1]++;
        }

        void close() {
            for (int i = 0; i + 1 < starts.length; i++) {
                starts[i + 1] += starts[i];
            }
            values = new int[starts[starts.length - 1]];
            next = java.util.Arrays.copyOf(starts, starts.length - 1);
        }

        /** Adds {@code value} after what list {@code list} has so far. */
        void add(int list, int value) {
            values[next[list]++] = value;
        }

        /** Puts {@code value} at place {@code at} of list {@code list}. */
        void put(int list, int at, int value) {
            values[starts[list] + at] = value;
        }

        int size(int list) {
            return starts[list + 1] - starts[list];
        }

        int get(int list, int index) {
            return values[starts[list] + index];
        }

        List<Integer> list(int list) {
            return new Ints(values, starts[list], starts[list + 1]);
        }
    }

    public Queries(Model model) {
        this.model = model;
        List<Beat> beats = model.beats();
        List<Reading> readings = model.readings();
        List<Quote> quotes = model.quotes();
        for (int i = 0; i < beats.size(); i++) {
            beatIndex.putIfAbsent(beats.get(i).id(), i);
        }
        for (int i = 0; i < readings.size(); i++) {
            readingIndex.putIfAbsent(readings.get(i).id(), i);
        }
        for (int i = 0; i < quotes.size(); i++) {
            quoteIndex.putIfAbsent(quotes.get(i).id(), i);
        }
        for (int i = 0; i < model.people().size(); i++) {
            Person p = model.people().get(i);
            people.putIfAbsent(p.id(), p);
            personIndex.putIfAbsent(p.id(), i);
        }
        for (int i = 0; i < model.sources().size(); i++) {
            Source s = model.sources().get(i);
            sources.putIfAbsent(s.id(), s);
            sourceIndex.putIfAbsent(s.id(), i);
        }
        int nq = quotes.size();
        int nb = beats.size();
        int nr = readings.size();
        readingCount = nr;
        // Each quote's source, speaker, beats and readings as indexes (-1: none), found once for both passes.
        int[] sourceOf = new int[nq];
        int[] personOf = new int[nq];
        int[][] beatsOf = new int[nq][];
        int[][] readingsOf = new int[nq][];
        Stance[][] stancesOf = new Stance[nq][];
        sourceQuotes = new Grouping(model.sources().size());
        personQuotes = new Grouping(model.people().size());
        beatQuotes = new Grouping(nb);
        cells = new Grouping(nb * nr);
        counts = new int[nb * nr * STANCES.length];
        contested = new boolean[nq];
        aboutWholeScene = new boolean[nq];
        for (int q = 0; q < nq; q++) {
            Quote quote = quotes.get(q);
            sourceOf[q] = sourceIndex.getOrDefault(quote.source(), -1);
            personOf[q] = quote.voice() == Voice.EDITORIAL || quote.speaker() == null ? -1
                    : personIndex.getOrDefault(quote.speaker(), -1);
            if (sourceOf[q] >= 0) {
                sourceQuotes.count(sourceOf[q]);
            }
            if (personOf[q] >= 0) {
                personQuotes.count(personOf[q]);
            }
            int[] rs = new int[quote.stances().size()];
            Stance[] ss = new Stance[rs.length];
            boolean supports = false;
            boolean challenges = false;
            int k = 0;
            for (Map.Entry<String, Stance> e : quote.stances().entrySet()) {
                rs[k] = readingIndex.getOrDefault(e.getKey(), -1);
                ss[k] = e.getValue();
                supports |= ss[k] == Stance.SUPPORTS;
                challenges |= ss[k] == Stance.CHALLENGES;
                k++;
            }
            readingsOf[q] = rs;
            stancesOf[q] = ss;
            contested[q] = supports && challenges;
            aboutWholeScene[q] = nb > 1 && quote.beats().size() >= nb;
            List<String> about = quote.beats();
            int[] bs = new int[about.size()];
            for (int j = 0; j < bs.length; j++) {
                int b = beatIndex.getOrDefault(about.get(j), -1);
                bs[j] = b;
                if (b < 0) {
                    continue;
                }
                beatQuotes.count(b);
                for (int i = 0; i < rs.length; i++) {
                    if (rs[i] >= 0) {
                        counts[((b * nr) + rs[i]) * STANCES.length + ss[i].ordinal()]++;
                        cells.count(b * nr + rs[i]);
                    }
                }
            }
            beatsOf[q] = bs;
        }
        sourceQuotes.close();
        personQuotes.close();
        beatQuotes.close();
        cells.close();
        // A cell lists its supporting quotes first, then the complicating, then the challenging, each
        // in file order: where each stance's run starts is known from the counts.
        int[] stanceNext = new int[counts.length];
        for (int cell = 0; cell < nb * nr; cell++) {
            int at = 0;
            for (int s = 0; s < STANCES.length; s++) {
                stanceNext[cell * STANCES.length + s] = at;
                at += counts[cell * STANCES.length + s];
            }
        }
        for (int q = 0; q < nq; q++) {
            if (sourceOf[q] >= 0) {
                sourceQuotes.add(sourceOf[q], q);
            }
            if (personOf[q] >= 0) {
                personQuotes.add(personOf[q], q);
            }
            int[] rs = readingsOf[q];
            Stance[] ss = stancesOf[q];
            for (int b : beatsOf[q]) {
                if (b < 0) {
                    continue;
                }
                beatQuotes.add(b, q);
                for (int i = 0; i < rs.length; i++) {
                    if (rs[i] >= 0) {
                        int cell = b * nr + rs[i];
                        cells.put(cell, stanceNext[cell * STANCES.length + ss[i].ordinal()]++, q);
                    }
                }
            }
        }
        walkBeats = new int[nr][];
        walkQuotes = new int[nr][];
        walkStarts = new int[nr][nb + 1];
        for (int r = 0; r < nr; r++) {
            int length = 0;
            for (int b = 0; b < nb; b++) {
                walkStarts[r][b] = length;
                length += cells.size(b * nr + r);
            }
            walkStarts[r][nb] = length;
            int[] walkBeat = new int[length];
            int[] walkQuote = new int[length];
            int at = 0;
            for (int b = 0; b < nb; b++) {
                for (int i = 0, n = cells.size(b * nr + r); i < n; i++) {
                    walkBeat[at] = b;
                    walkQuote[at++] = cells.get(b * nr + r, i);
                }
            }
            walkBeats[r] = walkBeat;
            walkQuotes[r] = walkQuote;
        }
        variantGroup = buildVariantGroups(quotes);
        sourceSpeakers = buildSourceSpeakers();
    }

    /**
     * Every text a search looks in, folded as {@link TextSearch} matches: made at the first search,
     * not at start-up, where folding the whole model would only delay the first page.
     */
    private static final class Haystacks {
        final String scene;
        final String[] beats;
        final String[] readings;
        /** Per reading and beat, the folded gloss, or null. */
        final String[][] glosses;
        final String[] quotes;
        final String[] people;
        final String[] sources;

        Haystacks(Model model, Map<String, Person> byId) {
            Scene sc = model.scene();
            scene = fold(sc.title() + FIELD + sc.where() + FIELD + sc.what());
            List<Beat> bs = model.beats();
            beats = new String[bs.size()];
            for (int b = 0; b < beats.length; b++) {
                Beat beat = bs.get(b);
                beats[b] = fold(beat.title() + FIELD + beat.summary() + FIELD + String.join(FIELD, beat.setting()));
            }
            List<Reading> rs = model.readings();
            readings = new String[rs.size()];
            glosses = new String[rs.size()][bs.size()];
            for (int r = 0; r < readings.length; r++) {
                Reading reading = rs.get(r);
                readings[r] = fold(reading.title() + FIELD + reading.thesis());
                for (int b = 0; b < bs.size(); b++) {
                    String gloss = reading.glossFor(bs.get(b).id());
                    glosses[r][b] = gloss == null ? null : fold(gloss);
                }
            }
            List<Quote> qs = model.quotes();
            quotes = new String[qs.size()];
            for (int q = 0; q < quotes.length; q++) {
                Quote quote = qs.get(q);
                Person speaker = quote.speaker() == null ? null : byId.get(quote.speaker());
                quotes[q] = fold(quote.text() + FIELD + (speaker == null ? "" : speaker.name()));
            }
            people = new String[model.people().size()];
            for (int i = 0; i < people.length; i++) {
                Person p = model.people().get(i);
                people[i] = fold(p.name() + FIELD + p.role() + FIELD + (p.plays() == null ? "" : p.plays()));
            }
            sources = new String[model.sources().size()];
            for (int i = 0; i < sources.length; i++) {
                Source src = model.sources().get(i);
                sources[i] = fold(src.title() + FIELD + (src.outlet() == null ? "" : src.outlet()));
            }
        }
    }

    private Haystacks haystacks;

    private synchronized Haystacks haystacks() {
        if (haystacks == null) {
            haystacks = new Haystacks(model, people);
        }
        return haystacks;
    }

    private static List<List<Integer>> emptyLists(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** Quotes linked by variantOf form a group; each quote's group is named by its lowest index. */
    private int[] buildVariantGroups(List<Quote> quotes) {
        int[] parent = new int[quotes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean linked = false;
        for (int q = 0; q < quotes.size(); q++) {
            String of = quotes.get(q).variantOf();
            Integer other = of == null ? null : quoteIndex.get(of);
            if (other != null) {
                int a = root(parent, q);
                int b = root(parent, other);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                    linked = true;
                }
            }
        }
        if (!linked) {
            return parent;
        }
        int[] size = new int[parent.length];
        for (int q = 0; q < parent.length; q++) {
            parent[q] = root(parent, q);
            size[parent[q]]++;
        }
        // only the groups of more than one wording are listed: a quote alone has no other wording
        int[] filled = new int[parent.length];
        for (int q = 0; q < parent.length; q++) {
            int group = parent[q];
            if (size[group] > 1) {
                int[] members = variantGroups.get(group);
                if (members == null) {
                    members = new int[size[group]];
                    variantGroups.put(group, members);
                }
                members[filled[group]++] = q;
            }
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<List<String>> buildSourceSpeakers() {
        Map<String, Integer> sourceIndex = new HashMap<>();
        List<Set<String>> speakers = new ArrayList<>();
        for (int i = 0; i < model.sources().size(); i++) {
            sourceIndex.putIfAbsent(model.sources().get(i).id(), i);
            speakers.add(new LinkedHashSet<>());
        }
        for (Quote q : model.quotes()) {
            Integer s = sourceIndex.get(q.source());
            if (s == null) {
                continue;
            }
            if (q.voice() == Voice.EDITORIAL) {
                speakers.get(s).add("");
            } else if (q.speaker() != null) {
                speakers.get(s).add(q.speaker());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (Set<String> set : speakers) {
            out.add(List.copyOf(set));
        }
        return out;
    }

    public Model model() {
        return model;
    }

    public int beatCount() {
        return model.beats().size();
    }

    public int readingCount() {
        return model.readings().size();
    }

    public Beat beat(int index) {
        return model.beats().get(index);
    }

    public Reading reading(int index) {
        return model.readings().get(index);
    }

    public Quote quote(int index) {
        return model.quotes().get(index);
    }

    /** The index of the beat with this id, or -1. */
    public int beatIndex(String id) {
        return beatIndex.getOrDefault(id, -1);
    }

    /** The index of the reading with this id, or -1. */
    public int readingIndex(String id) {
        return readingIndex.getOrDefault(id, -1);
    }

    /** The index of the quote with this id, or -1. */
    public int quoteIndex(String id) {
        return quoteIndex.getOrDefault(id, -1);
    }

    /** The person with this id, or null. */
    public Person person(String id) {
        return id == null ? null : people.get(id);
    }

    /** The source with this id, or null. */
    public Source source(String id) {
        return id == null ? null : sources.get(id);
    }

    /** The index of the person with this id, or -1. */
    public int personIndex(String id) {
        return id == null ? -1 : personIndex.getOrDefault(id, -1);
    }

    /** The index of the source with this id, or -1. */
    public int sourceIndex(String id) {
        return id == null ? -1 : sourceIndex.getOrDefault(id, -1);
    }

    public int personCount() {
        return model.people().size();
    }

    public int sourceCount() {
        return model.sources().size();
    }

    /** The quotes a source carries, in file order. */
    public List<Integer> quotesFrom(int source) {
        return sourceQuotes.list(source);
    }

    /** The quotes a person speaks, or is paraphrased in, across the sources, in file order. */
    public List<Integer> quotesBy(int person) {
        return personQuotes.list(person);
    }

    /** The quotes bearing on a reading at a beat: supporting ones first, then complicating, then challenging. */
    public List<Integer> quotesFor(int beat, int reading) {
        return cells.list(cell(beat, reading));
    }

    /**
     * The quotes a beat page lists under a reading: those bearing on the reading first, then the
     * other quotes about this beat in particular, then those about the whole scene that bear on no
     * reading (no other page lists them). A quote about every beat that bears on other readings but
     * not this one is left out: it would stand on every beat page, saying nothing of this one, and it
     * is listed under the readings it bears on.
     */
    public List<Integer> beatPageQuotes(int beat, int reading) {
        List<Integer> bearing = quotesFor(beat, reading);
        List<Integer> all = quotesAbout(beat);
        if (bearing.size() == all.size()) {
            return bearing;
        }
        List<Integer> out = new ArrayList<>(all.size());
        out.addAll(bearing);
        String readingId = reading(reading).id();
        for (int q : all) {
            if (quote(q).stanceOn(readingId) == null && !aboutWholeScene[q]) {
                out.add(q);
            }
        }
        for (int q : all) {
            if (isSceneRemark(q)) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * True for a remark about the whole scene (every beat of a scene of more than one) that bears on
     * no reading: a beat page lists these last, and says what they are.
     */
    public boolean isSceneRemark(int quote) {
        return aboutWholeScene[quote] && quote(quote).stances().isEmpty();
    }

    /** All quotes about a beat, in file order. */
    public List<Integer> quotesAbout(int beat) {
        return beatQuotes.list(beat);
    }

    /** How many quotes take this stance on this reading at this beat. */
    public int count(int beat, int reading, Stance stance) {
        return counts[cell(beat, reading) * STANCES.length + stance.ordinal()];
    }

    /** The reading's quotes through the beats, in film order. */
    public List<WalkItem> walk(int reading) {
        return new Walk(walkBeats[reading], walkQuotes[reading]);
    }

    /** A reading's walk, its steps made as they are read. */
    private static final class Walk extends java.util.AbstractList<WalkItem> implements java.util.RandomAccess {
        private final int[] beats;
        private final int[] quotes;

        Walk(int[] beats, int[] quotes) {
            this.beats = beats;
            this.quotes = quotes;
        }

        @Override
        public WalkItem get(int index) {
            return new WalkItem(beats[index], quotes[index]);
        }

        @Override
        public int size() {
            return quotes.length;
        }
    }

    /** Where the list of the quotes bearing on a reading at a beat is kept. */
    private int cell(int beat, int reading) {
        java.util.Objects.checkIndex(reading, readingCount);
        return beat * readingCount + reading;
    }

    /** Where the quotes of a beat start in a reading's walk; {@code beat == beatCount()} gives the walk's end. */
    public int walkStart(int reading, int beat) {
        return walkStarts[reading][beat];
    }

    /** True when a quote supports one reading and challenges another. */
    public boolean isContested(int quote) {
        return contested[quote];
    }

    /** The other wordings of the same remark, in file order. */
    public List<Integer> variantsOf(int quote) {
        int[] group = variantGroups.get(variantGroup[quote]);
        if (group == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(group.length - 1);
        for (int q : group) {
            if (q != quote) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The people who speak in the source at this index, by id, in order of first appearance; an
     * empty id stands for the article's own voice.
     */
    public List<String> speakersIn(int source) {
        return sourceSpeakers.get(source);
    }

    /**
     * Whether the search's index of the model's words is small enough to make before anyone searches
     * (the front ends' rehearsals do, so that the first search is answered at once): a model of up to
     * 2,000 quotes, whose index is a folded copy of its texts, tens of kilobytes for the bundled one;
     * bench's generated model, 20,000 quotes, would take megabytes a reader who never searches pays for.
     */
    public boolean searchIndexIsSmall() {
        return model.quotes().size() <= 2_000;
    }

    /**
     * Every place the text occurs, as {@link TextSearch} matches: any case, accents and typographic
     * quotes alike, words in any of their forms. The scan keeps only where the hits are; each
     * {@link Match}, with its words and snippet, is made when a front end reads it, so a search that
     * hits half of 20,000 quotes costs the scan, not 10,000 snippets.
     */
    public List<Match> search(String query) {
        TextSearch needle = new TextSearch(query.replace(FIELD, ""));
        if (needle.isEmpty()) {
            return List.of();
        }
        // Each hit packed in a long: kind, beat (or reading) and index, in the order the matches are listed.
        Haystacks in = haystacks();
        long[] hits = new long[16];
        int n = 0;
        if (needle.in(in.scene)) {
            hits = add(hits, n++, Match.Kind.SCENE, 0, 0);
        }
        int nb = in.beats.length;
        for (int b = 0; b < nb; b++) {
            if (needle.in(in.beats[b])) {
                hits = add(hits, n++, Match.Kind.BEAT, 0, b);
            }
        }
        for (int r = 0; r < in.readings.length; r++) {
            if (needle.in(in.readings[r])) {
                hits = add(hits, n++, Match.Kind.READING, r, 0);
            }
            String[] glosses = in.glosses[r];
            for (int b = 0; b < nb; b++) {
                if (glosses[b] != null && needle.in(glosses[b])) {
                    hits = add(hits, n++, Match.Kind.GLOSS, r, b);
                }
            }
        }
        for (int q = 0; q < in.quotes.length; q++) {
            if (needle.in(in.quotes[q])) {
                hits = add(hits, n++, Match.Kind.QUOTE, 0, q);
            }
        }
        for (int p = 0; p < in.people.length; p++) {
            if (needle.in(in.people[p])) {
                hits = add(hits, n++, Match.Kind.PERSON, 0, p);
            }
        }
        for (int src = 0; src < in.sources.length; src++) {
            if (needle.in(in.sources[src])) {
                hits = add(hits, n++, Match.Kind.SOURCE, 0, src);
            }
        }
        long[] found = java.util.Arrays.copyOf(hits, n);
        return Lazy.list(n, i -> match(found[i], needle));
    }

    private static final Match.Kind[] KINDS = Match.Kind.values();

    private static long[] add(long[] hits, int at, Match.Kind kind, int reading, int index) {
        long[] out = at < hits.length ? hits : java.util.Arrays.copyOf(hits, hits.length * 2);
        out[at] = ((long) kind.ordinal() << 56) | ((long) reading << 32) | index;
        return out;
    }

    /** The match a packed hit stands for, with its words and snippet. */
    private Match match(long hit, TextSearch needle) {
        Match.Kind kind = KINDS[(int) (hit >>> 56)];
        int r = (int) ((hit >>> 32) & 0xFFFFFF);
        int i = (int) hit;
        switch (kind) {
            case SCENE: {
                Scene scene = model.scene();
                String text = firstHit(needle, scene.title(), scene.where(), scene.what());
                return snippet(new Match(Match.Kind.SCENE, -1, -1, -1, -1, "The scene, " + scene.title()),
                        text, needle);
            }
            case BEAT: {
                Beat beat = beat(i);
                String text = firstHit(needle, beat.title(), beat.summary(), String.join(" ", beat.setting()));
                return snippet(new Match(Match.Kind.BEAT, i, -1, -1, -1, "Beat " + (i + 1) + ", " + beat.title()), text, needle);
            }
            case READING: {
                Reading reading = reading(r);
                String text = firstHit(needle, reading.title(), reading.thesis());
                return snippet(new Match(Match.Kind.READING, -1, r, -1, -1, "Reading " + reading.title()), text, needle);
            }
            case GLOSS: {
                Reading reading = reading(r);
                Beat beat = beat(i);
                return snippet(new Match(Match.Kind.GLOSS, i, r, -1, -1,
                        reading.title() + " on beat " + (i + 1) + ", " + beat.title()),
                        reading.glossFor(beat.id()), needle);
            }
            case PERSON: {
                Person p = model.people().get(i);
                String text = firstHit(needle, p.name(), p.role(), p.plays());
                return snippet(new Match(Match.Kind.PERSON, -1, -1, -1, i, "Person, " + p.name()), text, needle);
            }
            case SOURCE: {
                Source src = model.sources().get(i);
                String text = firstHit(needle, src.title(), src.outlet());
                return snippet(new Match(Match.Kind.SOURCE, -1, -1, -1, i, "Source, " + src.title()), text, needle);
            }
            default: {
                Quote quote = quote(i);
                Person speaker = person(quote.speaker());
                String who = speaker != null ? speaker.name() : "the article’s own reading";
                String text = needle.in(fold(quote.text())) ? quote.text() : who;
                return snippet(new Match(Match.Kind.QUOTE, firstBeat(quote), -1, i, -1, "Quote, " + who), text, needle);
            }
        }
    }

    private int firstBeat(Quote quote) {
        for (String id : quote.beats()) {
            Integer b = beatIndex.get(id);
            if (b != null) {
                return b;
            }
        }
        return -1;
    }

    private static String firstHit(TextSearch needle, String... texts) {
        for (String t : texts) {
            if (t != null && needle.in(fold(t))) {
                return t;
            }
        }
        return null;
    }

    /**
     * Where the needle first occurs in the folded haystack, or -1, as a search finds it: "ring"
     * finds "ring" and "rings" but not "offering", "refuses" finds "refused".
     */
    static int find(String haystack, String needle) {
        int[] at = new TextSearch(needle).find(fold(haystack));
        return at == null ? -1 : at[0];
    }

    /** About sixty characters of text around the first place the needle matches. */
    static String snippet(String text, String needle) {
        return snippet(new Match(Match.Kind.BEAT, -1, -1, -1, -1, ""), text, new TextSearch(needle)).snippet();
    }

    /**
     * The match with about sixty characters of text around the first place the needle matches as
     * its snippet, and where in the snippet the matched words are.
     */
    private static Match snippet(Match m, String text, TextSearch needle) {
        if (text == null) {
            return m.withSnippet("", 0, 0, "");
        }
        TextSearch.Folded folded = TextSearch.foldWithPlaces(text);
        int[] at = needle.find(folded.text());
        if (at == null) {
            return m.withSnippet(text.strip(), 0, 0, "");
        }
        int start = folded.from()[at[0]];
        int end = folded.from()[at[1]];
        while (end < text.length() && Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
            end++;   // the last letter's marks
        }
        int from = 0;
        int to = text.length();
        if (text.length() > 60) {
            from = Math.max(0, start - 20);
            to = Math.min(text.length(), Math.max(end + 20, from + 60));
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
        }
        String body = text.substring(from, to);
        int lead = body.length() - body.stripLeading().length();
        String stripped = body.strip();
        String prefix = from > 0 ? "…" : "";
        String snippet = prefix + stripped + (to < text.length() ? "…" : "");
        int markFrom = Math.max(0, prefix.length() + start - from - lead);
        int markTo = Math.min(prefix.length() + stripped.length(), prefix.length() + end - from - lead);
        String words = snippet.substring(markFrom, Math.max(markFrom, markTo));
        return m.withSnippet(snippet, markFrom, Math.max(markFrom, markTo), needle.typed(fold(words)) ? "" : words);
    }

    /** Text folded for matching: see {@link TextSearch#fold(String)}. */
    static String fold(String text) {
        return TextSearch.fold(text);
    }

    /** Per reading, the quotes against it ({@link #against}), made when first asked for. */
    private final Map<Integer, List<Integer>> against = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The quotes that complicate or challenge a reading, strongest first: those that challenge it
     * before those that complicate it; then those that bear on more readings; then a direct
     * quotation before a paraphrase before an article's own voice; then in the model's order.
     */
    public List<Integer> against(int reading) {
        return against.computeIfAbsent(reading, r -> {
            String id = reading(r).id();
            List<Integer> out = new ArrayList<>();
            for (int q = 0; q < model.quotes().size(); q++) {
                Stance s = quote(q).stanceOn(id);
                if (s == Stance.COMPLICATES || s == Stance.CHALLENGES) {
                    out.add(q);
                }
            }
            out.sort(java.util.Comparator.<Integer>comparingInt(q -> quote(q).stanceOn(id) == Stance.CHALLENGES ? 0 : 1)
                    .thenComparingInt(q -> -quote(q).stances().size())
                    .thenComparingInt(q -> quote(q).voice().ordinal())
                    .thenComparingInt(q -> q));
            return Collections.unmodifiableList(out);
        });
    }

    /** The indexes 0..n-1, for views that list every item of a kind. */
    static List<Integer> range(int n) {
        Integer[] all = new Integer[n];
        Arrays.setAll(all, i -> i);
        return Arrays.asList(all);
    }
}
