package org.endings.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Checks a loaded model and reports every problem at once, in the order of the file: format, work,
 * scene, people, sources, beats, readings, quotes, and within each entry in the order its fields are
 * written (a problem with a whole entry, such as a missing member, comes before its fields').
 * Runs in time linear in the size of the model: one index per list, one pass per list.
 */
public final class ModelValidator {
    static final int FIRST_YEAR = 1878;
    static final int LAST_YEAR = 2100;
    /** How many known ids a problem about an unknown reference lists before "…". */
    static final int KNOWN_SHOWN = 5;
    /** How many ids, over a whole pass, are compared with wrong ones to find "did you mean". */
    static final long MOST_LOOKUPS = 2_000_000;

    private ModelValidator() {
    }

    /** Every problem with {@code model}, errors and warnings, in file order; empty when there is none. */
    public static List<Problem> validate(Model model) {
        Objects.requireNonNull(model, "model");
        return new Pass(model).run();
    }

    /** One RFC 6901 reference token: '~' and '/' escaped, so that any map key can be pointed at. */
    static String token(String key) {
        String text = String.valueOf(key);
        if (text.indexOf('~') < 0 && text.indexOf('/') < 0) {
            return text;
        }
        return text.replace("~", "~0").replace("/", "~1");
    }

    /** How a problem names an entry: {@code quote "q7"}, or by its place when it has no id to go by. */
    static String label(String kind, String id, String at) {
        return id == null || id.isBlank() ? "the " + kind + " at " + at : kind + " \"" + id + "\"";
    }

    static boolean isId(String id) {
        if (id.isEmpty() || !isIdStart(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isIdStart(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * One entry of a list, such as the quote at {@code /quotes/3}: its pointer and the name messages
     * call it by are built only when there is a problem to report, which keeps a clean pass cheap.
     */
    private record Entry(String kind, String list, int index, String id) {
        String at() {
            return "/" + list + "/" + index;
        }

        String at(String member) {
            return at() + "/" + member;
        }

        String name() {
            return label(kind, id, at());
        }

        /** The name with a qualifier: {@code editorial quote "q7"}. */
        String name(String qualifier) {
            return label(qualifier + " " + kind, id, at());
        }
    }

    /**
     * The days in a month of the proleptic Gregorian calendar, as java.time counts them; by hand,
     * because java.time's YearMonth builds its date formatters when first used (~7 ms of start-up).
     */
    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The state of one validation: the indexes of ids and the problems found so far. */
    private static final class Pass {
        private final Model model;
        private final List<Problem> problems = new ArrayList<>();
        // id -> index of its first occurrence, in file order
        private final Map<String, Integer> people;
        private final Map<String, Integer> sources;
        private final Map<String, Integer> beats;
        private final Map<String, Integer> readings;
        private final Map<String, Integer> quotes;
        private final Set<String> beatsQuoted = new HashSet<>();
        private final Set<String> readingsBorne = new HashSet<>();
        // index of the first quote of a variant cycle, in file order -> the cycle's problem
        private final Map<Integer, String> cycles = new HashMap<>();
        // how many ids have been compared with a wrong one, to suggest the likeliest; bounded
        private long lookups;

        Pass(Model model) {
            this.model = model;
            // Loops rather than method references, here and below: each lambda is linked at its first
            // call (~0.4 ms apiece at start-up, interpreted), and validate starts in ~2x Hello.
            people = index(model.people());
            sources = index(model.sources());
            beats = index(model.beats());
            readings = index(model.readings());
            quotes = index(model.quotes());
            for (Quote quote : model.quotes()) {
                beatsQuoted.addAll(quote.beats());
                readingsBorne.addAll(quote.stances().keySet());
            }
            findVariantCycles();
        }

        List<Problem> run() {
            if (!Model.FORMAT.equals(model.format())) {
                error("/format", "format \"" + model.format() + "\" is not \"" + Model.FORMAT
                        + "\", the format this program reads");
            }
            checkWork();
            checkScene();
            checkPeople();
            nothingToName("/people", model.people().isEmpty(), "people", "speaker");
            checkSources();
            nothingToName("/sources", model.sources().isEmpty(), "sources", "source");
            if (model.beats().isEmpty()) {
                error("/beats", "a model needs at least one beat: there is nothing to step through");
            }
            checkBeats();
            if (model.readings().isEmpty()) {
                error("/readings", "a model needs at least one reading: there is nothing to read the scene through");
            }
            checkReadings();
            checkQuotes();
            return List.copyOf(problems);
        }

        /**
         * When a list is empty but quotes name entries of it, one error at the list says so, rather than
         * one for each quote that names what is not there. (No beat and no reading have their own.)
         */
        /** {@code field}: "speaker" or "source", the quote's field that names an entry of the list. */
        private void nothingToName(String list, boolean empty, String what, String field) {
            if (!empty) {
                return;
            }
            int naming = 0;
            Quote first = null;
            int firstAt = -1;
            List<Quote> all = model.quotes();
            for (int i = 0; i < all.size(); i++) {
                Quote quote = all.get(i);
                // an editorial quote's speaker is its own error
                String named = field.equals("speaker") ? quote.speaker() : quote.source();
                if (named != null && !(field.equals("speaker") && quote.voice() == Voice.EDITORIAL)) {
                    if (naming++ == 0) {
                        first = quote;
                        firstAt = i;
                    }
                }
            }
            if (naming > 0) {
                error(list, "there are no " + what + ", yet " + (naming == 1 ? "1 quote names a " : naming + " quotes name a ")
                        + field + " (the first is " + label("quote", first.id(), "/quotes/" + firstAt) + ", naming \""
                        + (field.equals("speaker") ? first.speaker() : first.source()) + "\")");
            }
        }

        private void checkWork() {
            Work work = model.work();
            if (blank(work.title())) {
                error("/work/title", "work title is empty");
            }
            if (work.year() < FIRST_YEAR || work.year() > LAST_YEAR) {
                error("/work/year", "work year " + work.year() + " is outside " + FIRST_YEAR + ".." + LAST_YEAR);
            }
            if (blank(work.director())) {
                error("/work/director", "work director is empty");
            }
        }

        private void checkScene() {
            Scene scene = model.scene();
            if (blank(scene.title())) {
                error("/scene/title", "scene title is empty");
            }
            if (blank(scene.where())) {
                error("/scene/where", "scene \"where\" is empty");
            }
            if (blank(scene.what())) {
                error("/scene/what", "scene \"what\" is empty");
            }
        }

        private void checkPeople() {
            List<Person> list = model.people();
            for (int i = 0; i < list.size(); i++) {
                Person person = list.get(i);
                Entry entry = new Entry("person", "people", i, person.id());
                checkId(entry, people);
                if (blank(person.name())) {
                    error(entry.at("name"), entry.name() + " has an empty name");
                }
                if (blank(person.role())) {
                    error(entry.at("role"), entry.name() + " has an empty role");
                }
                if (presentButBlank(person.plays())) {
                    error(entry.at("plays"), entry.name() + " has an empty \"plays\"");
                }
            }
        }

        private void checkSources() {
            List<Source> list = model.sources();
            boolean[] inRing = sourcesInRings(list);
            for (int i = 0; i < list.size(); i++) {
                Source source = list.get(i);
                Entry entry = new Entry("source", "sources", i, source.id());
                checkId(entry, sources);
                if (presentButBlank(source.outlet())) {
                    error(entry.at("outlet"), entry.name() + " has an empty outlet");
                }
                if (blank(source.title())) {
                    error(entry.at("title"), entry.name() + " has an empty title");
                }
                if (source.date() != null) {
                    checkDate(source.date(), entry);
                }
                if (source.url() != null) {
                    checkUrl(source.url(), entry);
                }
                String reporter = source.reportedBy();
                if (reporter != null) {
                    Integer found = sources.get(reporter);
                    if (found == null) {
                        error(entry.at("reportedBy"), entry.name() + " is reported by \"" + reporter
                                + "\", which is not among the sources" + hint(reporter, sources));
                    } else if (found == i) {
                        error(entry.at("reportedBy"), entry.name() + " is reported by itself: reportedBy names the "
                                + "article through which an interview or podcast is known");
                    } else if (list.get(found).kind() != SourceKind.ARTICLE) {
                        error(entry.at("reportedBy"), entry.name() + " is reported by \"" + reporter + "\", which is "
                                + aOrAn(list.get(found).kind().word()) + ", not an article");
                    } else if (inRing[i]) {
                        error(entry.at("reportedBy"), "sources are reported by one another in a ring: "
                                + ring(list, i));
                    }
                }
            }
        }

        /** The index of the source {@code i} is reported by, or -1 when it names none that exists. */
        private int reporterOf(List<Source> list, int i) {
            String reporter = list.get(i).reportedBy();
            Integer found = reporter == null ? null : sources.get(reporter);
            return found == null ? -1 : found;
        }

        /**
         * Which sources are reported by one another in a ring ("a" by "b", "b" by "a": reported by
         * nobody), in one pass: each source has at most one reporter, so following reporters from each
         * source not yet seen either ends, joins a path seen before, or comes back into itself.
         */
        private boolean[] sourcesInRings(List<Source> list) {
            int n = list.size();
            boolean[] inRing = new boolean[n];
            int[] seenOnWalk = new int[n];   // 0: not seen; else the number of the walk that saw it
            for (int start = 0; start < n; start++) {
                if (seenOnWalk[start] != 0) {
                    continue;
                }
                int walk = start + 1;
                int at = start;
                while (at >= 0 && seenOnWalk[at] == 0) {
                    seenOnWalk[at] = walk;
                    at = reporterOf(list, at);
                }
                if (at >= 0 && seenOnWalk[at] == walk) {
                    // back on this walk: everything from here round to here again is the ring
                    int member = at;
                    do {
                        inRing[member] = true;
                        member = reporterOf(list, member);
                    } while (member != at);
                }
            }
            return inRing;
        }

        /** "\"a\" → \"b\" → \"a\"", at most six sources of a long ring shown. */
        private String ring(List<Source> list, int start) {
            StringJoiner chain = new StringJoiner(" → ");
            chain.add("\"" + list.get(start).id() + "\"");
            int at = reporterOf(list, start);
            for (int shown = 1; at != start; shown++) {
                if (shown == 6) {
                    chain.add("…");
                    break;
                }
                chain.add("\"" + list.get(at).id() + "\"");
                at = reporterOf(list, at);
            }
            return chain.add("\"" + list.get(start).id() + "\"").toString();
        }

        /** An address a reader can open: http or https, with a host, and nothing a terminal would act on. */
        private void checkUrl(String url, Entry entry) {
            java.net.URI uri;
            try {
                uri = new java.net.URI(url);
            } catch (java.net.URISyntaxException e) {
                error(entry.at("url"), entry.name() + " has url \"" + url + "\", which is not an address: " + e.getReason());
                return;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                error(entry.at("url"), entry.name() + " has url \"" + url + "\"; only http and https addresses are taken");
            } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
                error(entry.at("url"), entry.name() + " has url \"" + url + "\", which names no host");
            }
        }

        private void checkDate(String date, Entry entry) {
            int length = date.length();
            boolean shaped = length == 4 || length == 7 || length == 10;
            for (int i = 0; shaped && i < length; i++) {
                char c = date.charAt(i);
                shaped = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
            }
            if (!shaped) {
                error(entry.at("date"), entry.name() + " has date \"" + date
                        + "\"; write dates as YYYY, YYYY-MM or YYYY-MM-DD");
                return;
            }
            int year = Integer.parseInt(date.substring(0, 4));
            int month = length >= 7 ? Integer.parseInt(date.substring(5, 7)) : 1;
            int day = length == 10 ? Integer.parseInt(date.substring(8, 10)) : 1;
            boolean real = year >= 1 && month >= 1 && month <= 12
                    && day >= 1 && day <= daysIn(year, month);
            if (!real) {
                error(entry.at("date"), entry.name() + " has date \"" + date + "\", which is not a real date");
            }
        }

        private void checkBeats() {
            List<Beat> list = model.beats();
            for (int i = 0; i < list.size(); i++) {
                Beat beat = list.get(i);
                Entry entry = new Entry("beat", "beats", i, beat.id());
                if (!beatsQuoted.contains(beat.id())) {
                    problems.add(Problem.warning(entry.at(), clipped(entry.name() + " has no quote about it")));
                }
                checkId(entry, beats);
                if (blank(beat.title())) {
                    error(entry.at("title"), entry.name() + " has an empty title");
                }
                if (blank(beat.summary())) {
                    error(entry.at("summary"), entry.name() + " has an empty summary");
                }
                List<String> setting = beat.setting();
                for (int j = 0; j < setting.size(); j++) {
                    if (blank(setting.get(j))) {
                        error(entry.at("setting/" + j), entry.name() + " has an empty setting item");
                    }
                }
                if (presentButBlank(beat.time())) {
                    error(entry.at("time"), entry.name() + " has an empty time");
                }
            }
        }

        private void checkReadings() {
            List<Reading> list = model.readings();
            for (int i = 0; i < list.size(); i++) {
                Reading reading = list.get(i);
                Entry entry = new Entry("reading", "readings", i, reading.id());
                if (!readingsBorne.contains(reading.id())) {
                    problems.add(Problem.warning(entry.at(),
                            clipped(entry.name() + " has no quote bearing on it")));
                }
                checkId(entry, readings);
                if (blank(reading.title())) {
                    error(entry.at("title"), entry.name() + " has an empty title");
                }
                if (blank(reading.thesis())) {
                    error(entry.at("thesis"), entry.name() + " has an empty thesis");
                } else {
                    checkOneSentence(reading.thesis(), entry);
                }
                Map<String, String> glosses = reading.glosses();
                for (String beat : beats.keySet()) {
                    if (!glosses.containsKey(beat)) {
                        error(entry.at("glosses"), entry.name() + " has no gloss for beat \"" + beat + "\"");
                    }
                }
                for (Map.Entry<String, String> gloss : glosses.entrySet()) {
                    String beat = gloss.getKey();
                    // with no beats at all, that one error says it: no gloss can name one
                    if (!beats.isEmpty() && !beats.containsKey(beat)) {
                        error(entry.at("glosses/" + token(beat)), entry.name() + " glosses beat \"" + beat
                                + "\", which is not among the beats" + hint(beat, beats));
                    }
                    if (blank(gloss.getValue())) {
                        error(entry.at("glosses/" + token(beat)),
                                entry.name() + " has an empty gloss for beat \"" + beat + "\"");
                    }
                }
            }
        }

        private void checkOneSentence(String thesis, Entry entry) {
            List<Integer> later = Sentences.laterStarts(thesis);
            if (!later.isEmpty()) {
                error(entry.at("thesis"), entry.name() + " has a thesis of " + (later.size() + 1)
                        + " sentences, the second beginning \"" + thesis.substring(later.get(0)).strip()
                        + "\"; a thesis is one sentence");
            }
        }

        private void checkQuotes() {
            List<Quote> list = model.quotes();
            for (int i = 0; i < list.size(); i++) {
                Quote quote = list.get(i);
                Entry entry = new Entry("quote", "quotes", i, quote.id());
                boolean editorial = quote.voice() == Voice.EDITORIAL;
                if (!editorial && quote.speaker() == null) {
                    error(entry.at(), entry.name(quote.voice().word()) + " has no speaker");
                }
                checkId(entry, quotes);
                if (blank(quote.text())) {
                    error(entry.at("text"), entry.name() + " has empty text");
                }
                checkSpeaker(quote, entry, editorial);
                checkSource(quote, entry, editorial);
                checkQuoteBeats(quote, entry);
                for (Map.Entry<String, Stance> stance : quote.stances().entrySet()) {
                    String reading = stance.getKey();
                    if (!readings.isEmpty() && !readings.containsKey(reading)) {
                        error(entry.at("stances/" + token(reading)), entry.name() + " bears on reading \"" + reading
                                + "\", which is not among the readings" + hint(reading, readings));
                    }
                    if (stance.getValue() == null) {
                        error(entry.at("stances/" + token(reading)),
                                entry.name() + " gives no stance on reading \"" + reading + "\"");
                    }
                }
                checkVariant(quote, entry);
            }
        }

        private void checkSpeaker(Quote quote, Entry entry, boolean editorial) {
            String speaker = quote.speaker();
            if (speaker == null) {
                return;
            }
            if (editorial) {
                error(entry.at("speaker"), entry.name("editorial") + " names speaker \"" + speaker
                        + "\"; the editorial voice has no speaker");
            } else if (!people.isEmpty() && !people.containsKey(speaker)) {
                error(entry.at("speaker"), entry.name() + " names speaker \"" + speaker
                        + "\", who is not among the people" + hint(speaker, people));
            }
        }

        private void checkSource(Quote quote, Entry entry, boolean editorial) {
            Integer found = sources.get(quote.source());
            if (found == null) {
                if (!sources.isEmpty()) {
                    error(entry.at("source"), entry.name() + " names source \"" + quote.source()
                            + "\", which is not among the sources" + hint(quote.source(), sources));
                }
                return;
            }
            SourceKind kind = model.sources().get(found).kind();
            if (editorial && kind != SourceKind.ARTICLE) {
                error(entry.at("source"), entry.name("editorial") + " has source \"" + quote.source()
                        + "\", which is " + aOrAn(kind.word()) + ", not an article");
            }
        }

        private void checkQuoteBeats(Quote quote, Entry entry) {
            List<String> about = quote.beats();
            if (about.isEmpty()) {
                error(entry.at("beats"), entry.name() + " is about no beat");
            }
            for (int j = 0; j < about.size(); j++) {
                String beat = about.get(j);
                int first = about.indexOf(beat);
                if (first < j) {
                    error(entry.at("beats/" + j), entry.name() + " lists beat \"" + beat + "\" twice (first at "
                            + entry.at("beats/" + first) + "); list each beat once");
                } else if (!beats.isEmpty() && !beats.containsKey(beat)) {
                    error(entry.at("beats/" + j), entry.name() + " is about beat \"" + beat
                            + "\", which is not among the beats" + hint(beat, beats));
                }
            }
        }

        private void checkVariant(Quote quote, Entry entry) {
            String original = quote.variantOf();
            if (original == null) {
                return;
            }
            if (original.equals(quote.id())) {
                error(entry.at("variantOf"), entry.name() + " is a variant of itself");
            } else if (!quotes.containsKey(original)) {
                error(entry.at("variantOf"), entry.name() + " is a variant of \"" + original
                        + "\", which is not among the quotes" + hint(original, quotes));
            }
            String cycle = cycles.get(entry.index());
            if (cycle != null) {
                error(entry.at("variantOf"), cycle);
            }
        }

        /**
         * Each quote names at most one original, so the variant links form a functional graph: one
         * walk from every quote not yet seen, stopping at any quote seen before, visits each quote
         * once. A walk that comes back to a quote of its own path has found a cycle, which is then
         * reported once, at its first quote in file order. A quote that is a variant of itself is
         * reported as such, not as a cycle.
         */
        private void findVariantCycles() {
            List<Quote> list = model.quotes();
            int count = list.size();
            int[] next = new int[count];
            for (int i = 0; i < count; i++) {
                Quote quote = list.get(i);
                String original = quote.variantOf();
                Integer target = original == null || original.equals(quote.id()) ? null : quotes.get(original);
                next[i] = target == null ? -1 : target;
            }
            final int unseen = -1;
            final int done = -2;
            int[] state = new int[count]; // unseen, done, or the quote's place on the current walk
            Arrays.fill(state, unseen);
            int[] walk = new int[count];
            for (int start = 0; start < count; start++) {
                int length = 0;
                int at = start;
                while (at >= 0 && state[at] == unseen) {
                    state[at] = length;
                    walk[length++] = at;
                    at = next[at];
                }
                if (at >= 0 && state[at] >= 0) {
                    reportCycle(walk, state[at], length);
                }
                for (int k = 0; k < length; k++) {
                    state[walk[k]] = done;
                }
            }
        }

        private void reportCycle(int[] walk, int from, int to) {
            int first = from;
            for (int k = from; k < to; k++) {
                if (walk[k] < walk[first]) {
                    first = k;
                }
            }
            StringJoiner path = new StringJoiner(" → ", "variant cycle: ", "");
            int length = to - from;
            for (int k = 0; k <= length; k++) {
                path.add(model.quotes().get(walk[from + (first - from + k) % length]).id());
            }
            cycles.put(walk[first], path.toString());
        }

        private void checkId(Entry entry, Map<String, Integer> firstAt) {
            String id = entry.id();
            if (id.isEmpty()) {
                error(entry.at("id"), entry.name() + " has an empty id");
                return;
            }
            if (!isId(id)) {
                error(entry.at("id"), entry.kind() + " id \"" + id
                        + "\" is not a valid id: use a-z, 0-9 and hyphens, starting with a letter or digit");
            }
            int first = firstAt.get(id);
            if (first != entry.index()) {
                error(entry.at("id"), "duplicate " + entry.kind() + " id \"" + id + "\" (first at /"
                        + entry.list() + "/" + first + ")");
            }
        }

        private static boolean blank(String text) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (!invisible(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return true;
        }

        /** An optional text may be absent, but not present and blank. */
        private static boolean presentButBlank(String text) {
            return text != null && blank(text);
        }

        /**
         * A character that shows nothing: white space of any kind (a no-break space too), a soft
         * hyphen, a zero-width space or joiner, a direction mark or control, a BOM, the blank braille
         * pattern, the Hangul fillers; the same set as the schema's non-blank pattern. A text of nothing
         * else reads as empty.
         */
        private static boolean invisible(int c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == 0x00AD || c == 0x034F || c == 0x180E || (c >= 0x200B && c <= 0x200F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0xFEFF || c == 0x2800 || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
        }

        private void error(String pointer, String message) {
            problems.add(Problem.error(pointer, clipped(message)));
        }

        /** A message with every quoted value longer than 60 characters cut to its start and "...". */
        static String clipped(String message) {
            if (message.length() <= ModelException.QUOTE_LIMIT) {
                return message;
            }
            StringBuilder out = new StringBuilder(message.length());
            int i = 0;
            while (i < message.length()) {
                int open = message.indexOf('"', i);
                int close = open < 0 ? -1 : message.indexOf('"', open + 1);
                if (close < 0) {
                    break;
                }
                out.append(message, i, open + 1);
                out.append(ModelException.shorten(message.substring(open + 1, close)));
                i = close;
                out.append('"');
                i++;
            }
            return out.append(message, i, message.length()).toString();
        }

        private static Map<String, Integer> index(List<?> list) {
            Map<String, Integer> firstAt = new LinkedHashMap<>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) {
                firstAt.putIfAbsent(idOf(list.get(i)), i);
            }
            return firstAt;
        }

        private static String idOf(Object entry) {
            if (entry instanceof Person p) {
                return p.id();
            } else if (entry instanceof Source s) {
                return s.id();
            } else if (entry instanceof Beat b) {
                return b.id();
            } else if (entry instanceof Reading r) {
                return r.id();
            }
            return ((Quote) entry).id();
        }

        /**
         * What follows "which is not among the beats": the id most likely meant, when one is a letter
         * or two off, and the first few ids there are. Looking for the likeliest is bounded, so that a
         * model of thousands of wrong ids is checked as quickly as one.
         */
        private String hint(String wanted, Map<String, Integer> firstAt) {
            String near = null;
            if (wanted != null && lookups < MOST_LOOKUPS) {
                lookups += firstAt.size();
                near = Nearest.among(wanted, firstAt.keySet());
            }
            return (near == null ? "" : ": did you mean \"" + near + "\"?") + " (known: " + known(firstAt) + ")";
        }

        /** The first few ids, in file order, for a problem about one that is not there. */
        private static String known(Map<String, Integer> firstAt) {
            if (firstAt.isEmpty()) {
                return "none";
            }
            StringJoiner shown = new StringJoiner(", ");
            Iterator<String> ids = firstAt.keySet().iterator();
            for (int i = 0; i < KNOWN_SHOWN && ids.hasNext(); i++) {
                shown.add(ModelException.shorten(ids.next()));
            }
            if (ids.hasNext()) {
                shown.add("…");
            }
            return shown.toString();
        }

        private static String aOrAn(String word) {
            return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
        }
    }
}
