package org.endings.text;

import static org.endings.text.Command.Arity.NONE;
import static org.endings.text.Command.Arity.OPTIONAL;
import static org.endings.text.Command.Arity.REQUIRED;
import static org.endings.text.Outcome.Extent.MOVE;
import static org.endings.text.Outcome.Extent.PAGE;
import static org.endings.text.Outcome.Extent.STATUS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.endings.core.Action;
import org.endings.core.Names;
import org.endings.core.Standing;
import org.endings.core.View;
import org.endings.core.Words;
import org.endings.text.Outcome.Act;
import org.endings.text.Outcome.Again;
import org.endings.text.Outcome.Fail;

/**
 * The command table, the one place that says what can be typed: it drives parsing, {@code help} and
 * {@code help COMMAND}, like a key map. A word is accepted by any unique beginning and in any case;
 * where a beginning fits several words, whether something follows it decides ("r" lists the
 * readings, "r 2" chooses one). A number alone goes to that beat.
 */
final class Commands {
    private Commands() {
    }

    static final List<Command> ALL = List.of(
            new Command("next", List.of("n"), "", NONE,
                    "the next beat. While a search is active, n goes to the next match instead; the word next always moves beats."),
            new Command("previous", List.of("p"), "", NONE,
                    "the previous beat. While a search is active, p goes to the previous match instead; the word previous always moves beats."),
            new Command("beat", List.of(), "N", OPTIONAL,
                    "goes to beat N; a number alone does the same. Beat alone shows the page of the current beat."),
            new Command("scene", List.of(), "", NONE,
                    "the scene as a whole: the film, where it happens, what happens in it, and its beats; open N goes to beat N."),
            new Command("beats", List.of(), "", NONE,
                    "lists the beats of the scene."),
            new Command("look", List.of("l"), "", NONE,
                    "says the current page again."),
            new Command("more", List.of(), "", NONE,
                    "says the rest of an answer too long for one screen; Enter alone does the same."),
            new Command("again", List.of("g"), "", NONE,
                    "runs the last command again."),
            new Command("where", List.of("="), "", NONE,
                    "says where you are: beat, reading, view and quote."),
            new Command("reading", List.of(), "N or NAME", REQUIRED,
                    "reads the ending through reading N, or the one whose name starts so, for example reading consent. "
                            + "Reading next and reading previous step through the readings."),
            new Command("readings", List.of(), "", NONE,
                    "lists the readings, the lens marked; open makes the one in focus the lens."),
            new Command("quotes", List.of(), "", NONE,
                    "reads the quotes of this beat, of the reading walk, or of both readings in compare: who, where, which way, then the words."),
            new Command("quote", List.of(), "N", REQUIRED,
                    "opens quote N of that list."),
            new Command("open", List.of(), "N", OPTIONAL,
                    "opens what is in focus: a quote, a reading, a search match; in the matrix, the beat under the lens. "
                            + "Open N opens item N of the page's list: a quote, a match, a reading."),
            new Command("down", List.of(), "", NONE,
                    "the next item of this page's list: the next quote, reading, source or match. "
                            + "In the matrix the next beat; when comparing, the next reading to compare with."),
            new Command("up", List.of(), "", NONE,
                    "the previous item of this page's list."),
            new Command("first", List.of(), "", NONE,
                    "the first item of this page's list; on a beat page, the first beat; in a quote, the first quote of its list."),
            new Command("last", List.of(), "", NONE,
                    "the last item of this page's list; on a beat page, the last beat; in a quote, the last quote of its list."),
            new Command("walk", List.of(), "", NONE,
                    "the reading walk: the current reading through all the beats."),
            new Command("matrix", List.of(), "", NONE,
                    "how many quotes support, complicate or challenge each reading, one sentence per beat."),
            new Command("compare", List.of(), "A B", OPTIONAL,
                    "compares two readings on this beat, by number or name, for example compare 1 2 or compare consent hope. "
                            + "Compare alone compares the lens with the reading last compared."),
            new Command("sources", List.of(), "", NONE,
                    "lists the sources the quotes come from, and who speaks in each; open N opens source N."),
            // REQUIRED, so that "so" alone lists the sources, as "r" lists the readings; the whole word alone
            // still works, and opens the source of the quote in focus.
            new Command("source", List.of(), "N or NAME", REQUIRED,
                    "the page of a source: what it is, who reports it, who speaks in it, and every quote it carries. "
                            + "Source alone opens the source of the quote in focus; source N or source NAME opens that one."),
            new Command("person", List.of(), "NAME", OPTIONAL,
                    "the page of a person: their role, whom they play, and every quote they speak. "
                            + "Person alone opens the speaker of the quote in focus; person NAME opens that person, for example person baker."),
            new Command("search", List.of("/"), "TEXT", OPTIONAL,
                    "searches the scene, beats, readings, quotes, people and sources: /ring or search ring. Then n and p go from match to match, "
                            + "until clear. Search alone, or / alone, lists the matches again."),
            new Command("clear", List.of(), "", NONE,
                    "ends the search, so that n and p move between beats again."),
            new Command("stance", List.of(), "WORD", REQUIRED,
                    "marks where you stand on the reading at this beat: stance convinced, stance unsure, stance unconvinced; "
                            + "stance clear takes it back. The beat page says it under Your reading."),
            new Command("note", List.of(), "TEXT", OPTIONAL,
                    "keeps a note on the reading at this beat: note and your words. Note alone reads it; note clear removes it."),
            new Command("edit", List.of(), "", NONE,
                    "edits the note on the reading at this beat in your own editor (VISUAL or EDITOR)."),
            new Command("credence", List.of(), "SPREAD", OPTIONAL,
                    "spreads 100 points across the readings at this beat, for example credence consent 40 hope 30: "
                            + "the points left go evenly to the readings not named. Credence alone says it; credence clear removes it."),
            new Command("mine", List.of(), "", NONE,
                    "your reading: your stances beat by beat, how your credence moved, the reading you lean to, and your notes."),
            new Command("cite", List.of(), "N", OPTIONAL,
                    "says quote N of this page's list as a citation to copy: its words, who said them and where. "
                            + "Cite alone cites the quote in focus."),
            new Command("export", List.of(), "FORMAT WHAT", OPTIONAL,
                    "writes a file in this folder, and says where: export html reading (the lens through every beat, "
                            + "as an accessible web page), export markdown beat (this beat under every reading), "
                            + "export text all (the whole model). Export alone writes the reading as a web page."),
            new Command("test", List.of(), "OPTIONS", OPTIONAL,
                    "deals a round of blind reading: quotes one at a time, without their stances, speakers or sources; "
                            + "for each you say which reading its words bear on and which way, or none, then hear the "
                            + "model's answer, and at the end how far you agree. Test 5 beat 3 reading hope, consent speaker "
                            + "seed 7: 5 quotes, from beat 3, on those readings, who said each shown, and a seed that "
                            + "deals everyone who types it the same round."),
            new Command("answer", List.of(), "READING WAY", REQUIRED,
                    "answers the question of a round: a reading by number or name and a way (answer hope supports, "
                            + "answer 3 c… co for complicates, ch for challenges), or none. In a round the word answer "
                            + "may be left out."),
            new Command("challenge", List.of(), "READING", OPTIONAL,
                    "lists the quotes that complicate or challenge a reading, strongest first: challenge hope, or "
                            + "challenge alone for the reading you lean to (your credence, else your last round, else the lens)."),
            new Command("back", List.of("b"), "", NONE,
                    "back to where you were before."),
            new Command("help", List.of("?"), "COMMAND", OPTIONAL,
                    "lists the commands; help and a command explains that one, for example help quote."),
            new Command("quit", List.of("q"), "", NONE,
                    "leaves Endings."));

    /**
     * Runs the command {@code word} of the table. A switch, not a lambda a row: each lambda was linked at
     * its first call, about 5 ms of every start of the text mode, where the start-up archive holds this
     * class whole.
     */
    static Outcome run(String word, TextSession s, String arg, boolean letter) {
        return switch (word) {
            case "next" -> step(s, letter, new Action.NextBeat(), new Action.NextMatch());
            case "previous" -> step(s, letter, new Action.PrevBeat(), new Action.PrevMatch());
            case "beat" -> beat(s, arg, letter);
            case "scene" -> new Act(new Action.Show(View.SCENE), PAGE);
            case "beats" -> new Outcome.Say(s.printer().beats(s.state()));
            case "look" -> new Outcome.Say(s.printer().page(s.state()));
            case "more" -> new Outcome.More();
            case "again" -> new Again();
            case "where" -> new Act(new Action.WhereAmI(), STATUS);
            case "reading" -> reading(s, arg, letter);
            case "readings" -> new Act(new Action.Show(View.READINGS), PAGE);
            case "quotes" -> quotes(s, arg, letter);
            case "quote" -> quote(s, arg, letter);
            case "open" -> open(s, arg, letter);
            case "down" -> new Act(new Action.NextItem(), MOVE);
            case "up" -> new Act(new Action.PrevItem(), MOVE);
            case "first" -> new Act(new Action.First(), MOVE);
            case "last" -> new Act(new Action.Last(), MOVE);
            case "walk" -> new Act(new Action.Show(View.WALK), PAGE);
            case "matrix" -> new Act(new Action.Show(View.MATRIX), PAGE);
            case "compare" -> compare(s, arg, letter);
            case "sources" -> new Act(new Action.Show(View.SOURCES), PAGE);
            case "source" -> subject(s, arg, Names.Kind.SOURCE, new Action.OpenSource());
            case "person" -> subject(s, arg, Names.Kind.PERSON, new Action.OpenSpeaker());
            case "search" -> search(s, arg, letter);
            // away from the matches only the search changes, and the message says so
            case "clear" -> new Act(new Action.Search(""), s.state().view() == View.SEARCH ? PAGE : STATUS);
            case "stance" -> stance(s, arg, letter);
            case "note" -> new Act(new Action.Note(arg.isEmpty() ? null : arg.equalsIgnoreCase("clear") ? "" : arg), STATUS);
            case "edit" -> new Act(new Action.EditNote(), STATUS);
            case "credence" -> new Act(new Action.Credence(arg), STATUS);
            case "mine" -> new Act(new Action.Show(View.MINE), PAGE);
            case "cite" -> cite(s, arg, letter);
            case "export" -> new Act(new Action.Export(arg), STATUS);
            case "test" -> new Act(new Action.Test(arg), PAGE);
            case "answer" -> new Act(new Action.Answer(arg), MOVE);
            case "challenge" -> new Act(new Action.Challenge(arg), PAGE);
            case "back" -> new Act(new Action.Back(), PAGE);
            case "help" -> help(s, arg, letter);
            case "quit" -> new Act(new Action.Quit(), STATUS);
            default -> throw new IllegalStateException("no handler for the command " + word);
        };
    }

    // ---- parsing

    /** A line read as a command: the command and what followed it, or why it could not be read. */
    record Parsed(Command command, String argument, boolean byLetter, String problem) {
        static Parsed problem(String problem) {
            return new Parsed(null, "", false, problem);
        }
    }

    /**
     * Reads one typed line (not blank) where the reader is: in a round of blind reading, what is not a
     * command's whole word or letter is an answer ("3 supports", "hope", "none").
     */
    static Parsed parse(String line, boolean inRound) {
        if (inRound) {
            String text = line.strip();
            String head = text.substring(0, headLength(text)).toLowerCase(Locale.ROOT);
            boolean command = false;
            for (Command c : ALL) {
                command |= c.word().equals(head) || c.letters().contains(head);
            }
            if (!command) {
                return new Parsed(named("answer"), text, false, null);
            }
        }
        return parse(line);
    }

    /** Reads one typed line (not blank). */
    static Parsed parse(String line) {
        String text = line.strip();
        int split = headLength(text);
        String head = text.substring(0, split);
        String argument = text.substring(split).strip();
        if (isNumber(head)) {
            if (!argument.isEmpty()) {
                return Parsed.problem("A number alone goes to that beat: type " + head + ".");
            }
            return new Parsed(named("beat"), head, false, null);
        }
        List<Command> found = find(head);
        if (found.isEmpty()) {
            return Parsed.problem("No command “" + head + "”: help lists the commands.");
        }
        boolean byLetter = found.size() == 1 && found.get(0).letters().contains(head.toLowerCase(Locale.ROOT));
        if (found.size() > 1) {
            List<Command> fitting = new ArrayList<>();
            for (Command command : found) {
                if (argument.isEmpty() ? command.arity() != REQUIRED : command.arity() != NONE) {
                    fitting.add(command);
                }
            }
            if (fitting.size() != 1) {
                return Parsed.problem("“" + head + "” could be " + words(fitting.isEmpty() ? found : fitting)
                        + ": type more letters.");
            }
            found = fitting;
        }
        Command command = found.get(0);
        if (command.arity() == NONE && !argument.isEmpty()) {
            return Parsed.problem(command.word() + " takes nothing after it: type " + head + " alone.");
        }
        return new Parsed(command, argument, byLetter, null);
    }

    /** The commands a typed word can mean: the one with that letter or word, else every word it begins. */
    static List<Command> find(String typed) {
        String head = typed.toLowerCase(Locale.ROOT);
        if (isNumber(head)) {
            return List.of(named("beat"));
        }
        for (Command command : ALL) {
            if (command.letters().contains(head) || command.word().equals(head)) {
                return List.of(command);
            }
        }
        List<Command> found = new ArrayList<>();
        if (head.isEmpty()) {
            return found;
        }
        for (Command command : ALL) {
            if (command.word().startsWith(head)) {
                found.add(command);
            }
        }
        return found;
    }

    /** A command word and its arguments, or a symbol letter and what follows it at once: "/ring", "?quote". */
    private static int headLength(String text) {
        if (!text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0))) {
            return Character.charCount(text.codePointAt(0));
        }
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    static Command named(String word) {
        for (Command command : ALL) {
            if (command.word().equals(word)) {
                return command;
            }
        }
        throw new IllegalArgumentException("no command " + word);
    }

    private static String words(List<Command> commands) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            if (i > 0) {
                out.append(i == commands.size() - 1 ? " or " : ", ");
            }
            out.append(commands.get(i).word());
        }
        return out.toString();
    }

    static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number in {@code text}, or -1 when it is too long to be any list's number. */
    private static int number(String text) {
        return text.length() > 9 ? -1 : Integer.parseInt(text);
    }

    // ---- the handlers that need more than one line

    private static Outcome step(TextSession s, boolean letter, Action beat, Action match) {
        if (letter && s.state().search() != null) {
            // away from the list of matches, each match is a page of its own
            return new Act(match, s.state().view() == View.SEARCH ? MOVE : PAGE);
        }
        return new Act(beat, MOVE);
    }

    private static Outcome beat(TextSession s, String arg, boolean letter) {
        int beats = s.navigator().names().count(Names.Kind.BEAT);
        if (arg.isEmpty()) {
            return new Act(new Action.Show(View.BEAT), PAGE);
        }
        if (!isNumber(arg)) {
            return new Fail("beat takes a number from 1 to " + beats + ", for example beat 2, or 2 alone.");
        }
        int number = number(arg);
        if (number < 0) {
            return new Fail("No beat " + arg + ": there " + (beats == 1 ? "is 1 beat." : "are " + beats + " beats."));
        }
        return new Act(new Action.GoToBeat(number), MOVE);
    }

    private static Outcome reading(TextSession s, String arg, boolean letter) {
        String word = arg.toLowerCase(Locale.ROOT);
        if (word.equals("next")) {
            return new Act(new Action.NextReading(), MOVE);
        }
        if (word.equals("previous") || word.equals("prev")) {
            return new Act(new Action.PrevReading(), MOVE);
        }
        if (arg.isEmpty()) {
            int n = s.navigator().names().count(Names.Kind.READING);
            return new Fail("Say which reading: a number from 1 to " + n
                    + " or the start of a name, for example reading 2; readings lists them.");
        }
        Names.Found found = s.navigator().names().find(Names.Kind.READING, arg);
        return found.ok() ? new Act(new Action.ChooseReading(found.number()), MOVE) : new Fail(found.problem());
    }

    private static Outcome quotes(TextSession s, String arg, boolean letter) {
        Answer quotes = s.printer().quotes(s.state());
        if (quotes == null) {
            return new Fail("No quotes listed here: quotes are listed on a beat, in a reading walk and in compare; "
                    + "type beat or walk.");
        }
        return new Outcome.Say(quotes);
    }

    private static Outcome open(TextSession s, String arg, boolean letter) {
        if (arg.isEmpty()) {
            return new Act(new Action.Open(), PAGE);
        }
        if (!isNumber(arg)) {
            return new Fail("open takes a number, for example open 2, or nothing to open what is in focus.");
        }
        int number = number(arg);
        if (number < 0) {
            return new Fail("No item " + arg + " here: the page's list is not that long.");
        }
        return new Act(new Action.OpenItem(number), PAGE);
    }

    private static Outcome quote(TextSession s, String arg, boolean letter) {
        int listed = s.navigator().quoteCount(s.state());
        String lists = "this page lists " + Words.quotesListed(listed);
        if (arg.isEmpty() || !isNumber(arg)) {
            return new Fail((arg.isEmpty() ? "Say which quote" : "quote takes a number")
                    + ", for example quote 1; " + lists);
        }
        int number = number(arg);
        if (number < 0 && s.navigator().quoteListState(s.state()) != null) {
            return new Fail("No quote " + arg + ": " + lists);
        }
        // where no quotes are listed, the core says where they are
        return new Act(new Action.OpenItem(number < 0 ? Integer.MAX_VALUE : number), PAGE);
    }

    private static Outcome compare(TextSession s, String arg, boolean letter) {
        if (arg.isEmpty()) {
            return new Act(new Action.Show(View.COMPARE), PAGE);
        }
        String[] words = arg.replace(',', ' ').strip().split("\\s+");
        List<int[]> splits = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals("and") || w.equals("with") || w.equals("vs") || w.equals("versus")) {
                splits.add(new int[] {i, i + 1});
            }
        }
        if (splits.isEmpty()) {
            for (int i = 1; i < words.length; i++) {
                splits.add(new int[] {i, i});
            }
        }
        if (splits.isEmpty()) {
            return new Fail("compare needs two readings, for example compare 1 2 or compare consent hope.");
        }
        Names names = s.navigator().names();
        Names.Found problem = null;
        for (int[] at : splits) {
            Names.Found first = names.find(Names.Kind.READING, String.join(" ", List.of(words).subList(0, at[0])));
            Names.Found second = names.find(Names.Kind.READING, String.join(" ", List.of(words).subList(at[1], words.length)));
            if (first.ok() && second.ok()) {
                return new Act(new Action.Compare(first.number(), second.number()), PAGE);
            }
            if (problem == null) {
                problem = first.ok() ? second : first;
            }
        }
        return new Fail(problem.problem());
    }

    private static Outcome cite(TextSession s, String arg, boolean letter) {
        if (arg.isEmpty()) {
            return new Act(new Action.Cite(0), STATUS);
        }
        if (!isNumber(arg)) {
            return new Fail("cite takes a quote's number, for example cite 2, or nothing to cite the quote in focus.");
        }
        int number = number(arg);
        if (number == 0) {
            return new Fail("There is no quote 0: quotes are numbered from 1.");
        }
        // too long to be any list's number: the core says how many the page lists
        return new Act(new Action.Cite(number < 0 ? Integer.MAX_VALUE : number), STATUS);
    }

    private static Outcome stance(TextSession s, String arg, boolean letter) {
        String word = arg.strip().toLowerCase(Locale.ROOT);
        if (word.equals("clear")) {
            return new Act(new Action.Mark(null), STATUS);
        }
        List<Standing> fits = new ArrayList<>();
        for (Standing standing : Standing.values()) {
            if (!word.isEmpty() && standing.word().startsWith(word)) {
                fits.add(standing);
            }
        }
        if (fits.size() == 1) {
            return new Act(new Action.Mark(fits.get(0)), STATUS);
        }
        if (fits.size() > 1) {
            return new Fail("“" + arg.strip() + "” could be " + fits.get(0).word() + " or " + fits.get(1).word()
                    + ": type more letters.");
        }
        return new Fail("Say where you stand: stance convinced, stance unsure or stance unconvinced; "
                + "stance clear takes it back.");
    }

    /** A source's or a person's page: the one of the quote in focus, or the one named. */
    private static Outcome subject(TextSession s, String arg, Names.Kind kind, Action ofQuote) {
        if (arg.isEmpty()) {
            return new Act(ofQuote, PAGE);
        }
        Names.Found found = s.navigator().names().find(kind, arg);
        if (!found.ok()) {
            return new Fail(found.problem());
        }
        return new Act(kind == Names.Kind.SOURCE ? new Action.ShowSource(found.number())
                : new Action.ShowPerson(found.number()), PAGE);
    }

    private static Outcome search(TextSession s, String arg, boolean letter) {
        return new Act(arg.isEmpty() ? new Action.Show(View.SEARCH) : new Action.Search(arg), PAGE);
    }

    /**
     * The commands as help lists them, by what the reader is doing, each group's words in order; a
     * command of the table no group names comes last, under More.
     */
    static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry("Moving", List.of("next", "previous", "beat", "down", "up", "first", "last")),
            Map.entry("Opening, and going back", List.of("open", "quote", "person", "source", "back")),
            Map.entry("Readings and the lens", List.of("reading", "readings", "walk", "compare")),
            Map.entry("Pages", List.of("scene", "beats", "quotes", "matrix", "sources", "mine")),
            Map.entry("Searching", List.of("search", "clear")),
            Map.entry("Your own reading", List.of("stance", "note", "edit", "credence", "cite", "export")),
            Map.entry("Testing yourself", List.of("test", "answer", "challenge")),
            Map.entry("Hearing it again, and leaving", List.of("look", "more", "again", "where", "help", "quit")));

    /** The table's commands grouped for help, in the groups' order, then any left over under More. */
    static Map<String, List<Command>> grouped() {
        Map<String, List<Command>> out = new LinkedHashMap<>();
        List<Command> left = new ArrayList<>(ALL);
        for (Map.Entry<String, List<String>> group : GROUPS) {
            List<Command> commands = new ArrayList<>();
            for (String word : group.getValue()) {
                Command command = named(word);
                commands.add(command);
                left.remove(command);
            }
            out.put(group.getKey(), commands);
        }
        if (!left.isEmpty()) {
            out.put("More", left);
        }
        return out;
    }

    private static Outcome help(TextSession s, String arg, boolean letter) {
        Answer out = new Answer();
        if (arg.isEmpty()) {
            out.line(s.printer().about(s.state()));
            out.line(ALL.size() + " commands. Type a command's first letters, in any case; a number alone goes to that beat;"
                    + " help and a command explains one.");
            int n = 0;
            for (Map.Entry<String, List<Command>> group : grouped().entrySet()) {
                boolean first = true;
                for (Command command : group.getValue()) {
                    String line = (++n) + ". " + command.helpLine();
                    if (first) {
                        out.headedItem(group.getKey(), line, "command", "commands");   // "Moving: 1. next…"
                    } else {
                        out.item(line, "command", "commands");
                    }
                    first = false;
                }
            }
            s.printer().glossary(s.state()).forEach(out::line);
            return new Outcome.Say(out);
        }
        String head = arg.strip().split("\\s+")[0];
        List<Command> found = find(head);
        if (found.isEmpty()) {
            return new Fail("No command “" + head + "”: help alone lists the commands.");
        }
        for (Command command : found) {
            out.line(command.helpLine());
        }
        return new Outcome.Say(out);
    }
}
