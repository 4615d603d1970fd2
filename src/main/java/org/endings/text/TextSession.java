package org.endings.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.endings.core.Action;
import org.endings.core.Effect;
import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.PageKey;
import org.endings.edge.Keeping;
import org.endings.core.Round;
import org.endings.core.State;
import org.endings.core.View;
import org.endings.core.Status;
import org.endings.core.Transition;
import org.endings.core.View;
import org.endings.edge.EffectRunner;
import org.endings.edge.Exports;
import org.endings.edge.Editor;
import org.endings.terminal.DisplayWidth;
import org.endings.terminal.Wrap;
import org.endings.text.Outcome.Act;

/**
 * One reader's session in the text mode: where they are, and the answer to each line they type.
 * No I/O: {@link TextMode} reads the lines and writes the answers.
 *
 * <p>At a terminal, an answer longer than {@link #ROWS} rows stops there and the rest waits for
 * Enter: a screen reader reads the screen, so what scrolls off before it reads is never heard, and
 * that would be the start of the answer, where the reader is. Through a pipe everything is written.
 */
final class TextSession {
    /** What to write after a line, and whether the session has ended. */
    record Reply(String text, boolean quit) {}

    /** Rows one answer may take: a 24-row terminal, less the typed command and the prompt, and a spare. */
    static final int ROWS = 20;
    /** The width assumed for counting rows when the text is not hard-wrapped. */
    static final int COLUMNS = 80;
    /** About how many words of a list one page says before it pauses between two items. */
    static final int LIST_WORDS = 60;

    private final Navigator navigator;
    private TextOptions options;
    private final TextPrinter printer;
    private final EffectRunner effects;
    private boolean quit;
    /** What an effect had to say (an editor that could not run), said after the answer. */
    private String said;
    /** What an effect gives the reader (a citation, where an export went), on a line of its own after the answer. */
    private String cited;
    private State state;
    private String last;
    /** The rest of an answer too long for one screen. */
    private List<Answer.Line> more = List.of();
    /** The rows the reader's screen may still show, so that nothing is written the same twice. */
    private final FreshRows screen = new FreshRows();
    /** The pages said whole in this session, which back returns to briefly. */
    private final java.util.Set<PageKey> heard = new java.util.HashSet<>();
    private Consumer<Action> observer = new Consumer<Action>() {
        @Override
        public void accept(Action action) {
            // nobody listens
        }
    };

    TextSession(Navigator navigator, TextOptions options) {
        this(navigator, options, navigator.start(), Keeping.NOWHERE, null);
    }

    /**
     * A session that starts at {@code start} (a reader's notebook, where they left off), hands each
     * notebook to keep to {@code save}, and edits notes with {@code editor} (null when there is none).
     */
    TextSession(Navigator navigator, TextOptions options, State start, Consumer<Notebook> save, Editor editor) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.options = Objects.requireNonNull(options, "options");
        this.printer = new TextPrinter(navigator);
        this.effects = new EffectRunner(new EffectRunner.Host() {
            @Override
            public void quit() {
                quit = true;
            }

            @Override
            public void cite(String citation, String what) {
                cited = citation;
            }

            @Override
            public void export(Effect.Export export) {
                cited = Exports.write(navigator, export, Path.of("").toAbsolutePath());
            }

            @Override
            public void save(Notebook notebook) {
                save.accept(notebook);
            }

            @Override
            public String editNote(String text, String about) {
                return edit(editor, text, about);
            }
        });
        this.state = Objects.requireNonNull(start, "start");
    }

    /** The note as the reader left it in their editor, or null with a word on why not. */
    private String edit(Editor editor, String text, String about) {
        if (editor == null) {
            said = "No editor: set VISUAL or EDITOR, or type note and your words.";
            return null;
        }
        try {
            return editor.edit(text);
        } catch (java.io.IOException e) {
            said = "Your note was left as it was: " + e.getMessage() + ".";
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** From the next answer on, wrap lines at {@code columns} (the terminal was resized). */
    void wrapAt(int columns) {
        if (columns > 0 && columns != options.wrap()) {
            options = new TextOptions(options.prompt(), options.color(), columns);
        }
    }

    /** One sentence saying what this is and how to get help, then the first page. */
    String opening() {
        return opening(null);
    }

    /**
     * One sentence saying what this is and how to get help, then the first page, or what the command
     * {@code first} answers in its place (endings test opens on a round).
     */
    String opening(String first) {
        Answer out = new Answer().line("Endings, text mode: how the ending of " + navigator.presenter().film()
                + " can be read; type help for the commands, q to quit.");
        if (first != null) {
            return out.render(options) + handle(first).text();
        }
        if (!state.status().isEmpty()) {
            out.line(state.status().text());
        }
        heard.add(PageKey.of(state));
        return paged(out.append(printer.arrive(state)));
    }

    /** The answer to one typed line; a blank line goes on with a long answer. Never throws for anything typed. */
    Reply handle(String line) {
        if (options.prompt()) {
            screen.typed("> " + line);
        }
        String typed = line.strip();
        if (typed.isEmpty()) {
            // Enter alone goes on with a long answer; after the model's answer in a round, to the next quote;
            // otherwise it does nothing
            if (more.isEmpty() && state.round() != null && state.view() == View.TEST
                    && state.round().step() == Round.Step.REVEAL) {
                typed = "next";
            } else {
                return new Reply(more.isEmpty() ? "" : more(), false);
            }
        }
        try {
            return run(typed, true);
        } catch (RuntimeException e) {
            // a bug must not cost the reader their place, nor show them a stack trace
            more = List.of();
            return new Reply(new Answer().error("Something went wrong (" + e.getClass().getSimpleName()
                    + "); nothing changed. Type look to hear where you are.").render(options), false);
        }
    }

    private Reply run(String typed, boolean remember) {
        Commands.Parsed parsed = Commands.parse(typed, state.view() == org.endings.core.View.TEST && state.round() != null
                && !state.round().finished());
        if (parsed.problem() != null) {
            if (remember) {
                last = typed;
            }
            return say(new Answer().error(parsed.problem()));
        }
        Outcome outcome = Commands.run(parsed.command().word(), this, parsed.argument(), parsed.byLetter());
        if (outcome instanceof Outcome.More) {
            // not remembered: again repeats the command whose answer this continues
            return new Reply(more.isEmpty() ? say(new Answer().line("Nothing more: that answer was said in full.")).text()
                    : more(), false);
        }
        if (outcome instanceof Outcome.Again) {
            if (last == null) {
                return say(new Answer().error("Nothing to repeat yet: again repeats the last command you typed."));
            }
            return run(last, false);
        }
        if (remember) {
            last = typed;
        }
        if (outcome instanceof Outcome.Fail fail) {
            return say(new Answer().error(fail.message()));
        }
        if (outcome instanceof Outcome.Say said) {
            return say(said.answer());
        }
        Act act = (Act) outcome;
        State before = state;
        Transition transition = navigator.update(before, act.action());
        observer.accept(act.action());
        said = null;
        cited = null;
        List<Action> then = effects.run(transition.effects());
        if (quit) {
            state = transition.state();
            return new Reply(closing(), true);
        }
        State after = transition.state();
        for (Action next : then) {
            // what an effect brought back (a note from the editor) goes to the core like anything typed
            observer.accept(next);
            Transition more = navigator.update(after, next);
            effects.run(more.effects());
            after = more.state();
        }
        Answer answer = said != null ? new Answer().error(said) : answer(before, after, act.extent(), act.action());
        if (cited != null) {
            answer.line(cited);
        }
        state = after;
        return say(answer);
    }

    private Reply say(Answer answer) {
        return new Reply(paged(answer), false);
    }

    /** The answer, or as much of it as fits on one screen and a note of how to hear the rest. */
    private String paged(Answer answer) {
        if (!options.prompt()) {
            more = List.of();
            return answer.render(options);
        }
        more = answer.lines();
        return more();
    }

    /**
     * The next page of what is left to say, with a note when there is still more. A page ends
     * between lines (a heading stays with its paragraph) or, in a line longer than the screen,
     * between sentences; a list pauses between its items once a page holds about
     * {@link #LIST_WORDS} words, so that a long list is heard a few items at a time.
     */
    private String more() {
        List<Answer.Line> rest = new ArrayList<>(more);
        List<Answer.Line> page = page(rest, ROWS);
        if (!rest.isEmpty()) {
            // with more to come, a row for the note that says so
            rest = new ArrayList<>(more);
            page = page(rest, ROWS - 1);
        }
        more = List.copyOf(rest);
        List<Answer.Written> written = Answer.written(page, options);
        if (!more.isEmpty()) {
            written = new ArrayList<>(written);
            written.addAll(new Answer().line(moreNote()).written(options));
        }
        return Answer.join(screen.fresh(written, options.wrap() > 0 ? options.wrap() : COLUMNS), options.color());
    }

    /** Takes from {@code rest} the lines of one page of at most {@code room} rows, and gives them. */
    private List<Answer.Line> page(List<Answer.Line> rest, int room) {
        List<Answer.Line> page = new ArrayList<>();
        int rows = 0;
        int words = 0;
        boolean items = false;
        while (!rest.isEmpty()) {
            Answer.Line line = rest.get(0);
            if (line.item() && items && words + line.words() > LIST_WORDS) {
                break;
            }
            int r = rows(List.of(line));
            if (rows + r > room) {
                if (page.isEmpty() || !line.item()) {
                    int cut = cut(line, room - rows, page.isEmpty());
                    if (cut >= line.text().length()) {
                        page.add(line);
                        rest.remove(0);
                    } else if (cut > 0) {
                        page.add(new Answer.Line(line.kind(), line.text().substring(0, cut).stripTrailing(),
                                line.lead(), line.one(), line.many()));
                        rest.set(0, line.rest(cut));
                    }
                }
                break;
            }
            page.add(line);
            rest.remove(0);
            rows += r;
            words += line.words();
            items |= line.item();
        }
        return page;
    }

    /**
     * Where to end the part of {@code line} that fits in {@code room} rows: after its last sentence
     * that fits, never inside the heading it starts with; 0 when none fits, unless {@code must} (the
     * page is empty): then, a sentence being longer than the screen, after the last word that fits.
     */
    private int cut(Answer.Line line, int room, boolean must) {
        String text = line.text();
        int best = 0;
        for (int end : sentenceEnds(text, line.lead())) {
            if (rows(List.of(new Answer.Line(line.kind(), text.substring(0, end), 0, null, null))) > room) {
                break;
            }
            best = end;
        }
        if (best > 0 || !must) {
            return best;
        }
        // one sentence longer than the screen: the words that fit
        int width = options.wrap() > 0 ? options.wrap() : COLUMNS;
        int at = 0;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (Wrap.lines(text.substring(0, i), width).size() > room) {
                break;
            }
            at = i;
        }
        return at > 0 ? at : text.length();
    }

    /** Where each sentence of {@code text} after its first {@code lead} characters ends, before the space after it. */
    static List<Integer> sentenceEnds(String text, int lead) {
        List<Integer> ends = new ArrayList<>();
        for (int i = Math.max(1, lead); i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                continue;
            }
            int before = i - 1;
            while (before > 0 && "”’\")'".indexOf(text.charAt(before)) >= 0) {
                before--;
            }
            char stop = text.charAt(before);
            int next = text.codePointAt(i + 1);
            if ((stop == '.' || stop == '?' || stop == '!' || stop == '…')
                    && (Character.isUpperCase(next) || Character.isDigit(next) || next == '“' || next == '‘' || next == '"')) {
                ends.add(i);
            }
        }
        return ends;
    }

    private String moreNote() {
        int n = more.size();
        String many = more.get(0).many();
        for (Answer.Line line : more) {
            if (!line.item() || !line.many().equals(many)) {
                many = null;
                break;
            }
        }
        if (many != null) {
            return n + " more " + (n == 1 ? more.get(0).one() : many) + ": press Enter.";
        }
        return n + (n == 1 ? " more line" : " more lines") + ": press Enter to hear "
                + (n == 1 ? "it." : "them.");
    }

    /** How many terminal rows these lines take. */
    private int rows(List<Answer.Line> lines) {
        int width = options.wrap() > 0 ? options.wrap() : COLUMNS;
        int rows = 0;
        for (Answer.Written line : Answer.written(lines, options)) {
            rows += Math.max(1, (DisplayWidth.of(line.text()) + width - 1) / width);
        }
        return rows;
    }

    /**
     * What to say after an action: the error; or the message and the page; or the message alone when
     * nothing moved. A new page is said as on arriving (what the session heard once left out); after
     * the lens alone changed, only what it changed; back (or the end of a search) to a page heard
     * before, where the reader is and what is in focus, which look says whole.
     */
    private Answer answer(State before, State after, Outcome.Extent extent, Action action) {
        Status status = after.status();
        if (status.error()) {
            return new Answer().error(status.text());
        }
        if (extent == Outcome.Extent.STATUS) {
            return new Answer().line(status.text());
        }
        if (Navigator.samePlace(before, after)) {
            if (!status.isEmpty()) {
                return new Answer().line(status.text());
            }
            return extent == Outcome.Extent.PAGE ? printer.page(after) : printer.where(after);
        }
        Answer body;
        PageKey key = PageKey.of(after);
        if (before.view() == org.endings.core.View.TEST && after.view() == org.endings.core.View.TEST
                && extent != Outcome.Extent.PAGE && !Navigator.samePage(before, after)) {
            body = printer.round(before, after);
        } else if (readingsAlone(before, after)) {
            body = printer.changed(before, after);
        } else if (returning(before, after, action) && heard.contains(key)) {
            body = printer.move(after, after);
        } else if (extent == Outcome.Extent.PAGE || !Navigator.samePage(before, after)) {
            body = printer.arrive(after);
            heard.add(key);
        } else {
            body = printer.move(before, after);
        }
        Answer out = new Answer();
        if (!status.isEmpty() && !body.says(status.text())) {
            out.line(status.text());
        }
        boolean toMatch = action instanceof Action.NextMatch || action instanceof Action.PrevMatch
                || before.view() == View.SEARCH;
        Answer match = toMatch ? printer.match(after) : null;
        if (match != null && after.view() != View.SEARCH) {
            // a step to a match shown on a page of its own: which match (the message), the words it matched, the page
            out.append(match);
        }
        return out.append(body);
    }

    /**
     * Only the readings changed (the lens, or the one compared with), on a page that reads something
     * else through them: a beat, a quote, a comparison.
     */
    private static boolean readingsAlone(State before, State after) {
        return before.view() == after.view() && before.beat() == after.beat() && before.quote() == after.quote()
                && (before.reading() != after.reading() || before.other() != after.other())
                && (after.view() == View.BEAT || after.view() == View.QUOTE || after.view() == View.COMPARE);
    }

    /** Back, or the end of a search, to another page. */
    private static boolean returning(State before, State after, Action action) {
        boolean back = action instanceof Action.Back || action instanceof Action.Search search && search.query().isEmpty();
        return back && !Navigator.samePage(before, after);
    }

    /** The one line said on leaving, at a terminal: where the reader was. Nothing through a pipe. */
    String closing() {
        if (!options.prompt()) {
            return "";
        }
        return paged(new Answer().line("Goodbye. " + navigator.presenter().whereAmI(state)));
    }

    // ---- for the command handlers

    State state() {
        return state;
    }

    Navigator navigator() {
        return navigator;
    }

    TextPrinter printer() {
        return printer;
    }


    /** Tells {@code observer} of every action handed to the core, for tests. */
    void observe(Consumer<Action> observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }
}
