package org.endings.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.endings.core.Action;
import org.endings.core.Effect;
import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.Round;
import org.endings.core.State;
import org.endings.core.View;
import org.endings.core.Status;
import org.endings.core.Transition;
import org.endings.edge.EffectRunner;
import org.endings.edge.Exports;
import org.endings.edge.Editor;
import org.endings.terminal.DisplayWidth;
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
    private List<Answer.Written> more = List.of();
    private Consumer<Action> observer = action -> {};

    TextSession(Navigator navigator, TextOptions options) {
        this(navigator, options, navigator.start(), notebook -> { }, null);
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
        return paged(out.append(printer.page(state)));
    }

    /** The answer to one typed line; a blank line goes on with a long answer. Never throws for anything typed. */
    Reply handle(String line) {
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
        Outcome outcome = parsed.command().handler().run(this, parsed.argument(), parsed.byLetter());
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
            return new Reply("", true);
        }
        State after = transition.state();
        for (Action next : then) {
            // what an effect brought back (a note from the editor) goes to the core like anything typed
            observer.accept(next);
            Transition more = navigator.update(after, next);
            effects.run(more.effects());
            after = more.state();
        }
        Answer answer = said != null ? new Answer().error(said) : answer(before, after, act.extent());
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
        List<Answer.Written> lines = answer.written(options);
        if (!options.prompt()) {
            more = List.of();
            return Answer.join(lines, options.color());
        }
        more = lines;
        return more();
    }

    /** The next screenful of what is left to say, with a note when there is still more. */
    private String more() {
        List<Answer.Written> lines = more;
        more = List.of();
        if (rows(lines, lines.size()) <= ROWS) {
            return Answer.join(lines, options.color());
        }
        int cut = 1;
        while (cut < lines.size() && rows(lines, cut + 1) <= ROWS - 1) {
            cut++;
        }
        more = List.copyOf(lines.subList(cut, lines.size()));
        return Answer.join(lines.subList(0, cut), options.color()) + moreNote();
    }

    private String moreNote() {
        int n = more.size();
        return new Answer().line(n + (n == 1 ? " more line" : " more lines") + ": press Enter to hear "
                + (n == 1 ? "it." : "them.")).render(options);
    }

    /** How many terminal rows the first {@code count} lines take. */
    private int rows(List<Answer.Written> lines, int count) {
        int width = options.wrap() > 0 ? options.wrap() : COLUMNS;
        int rows = 0;
        for (int i = 0; i < count; i++) {
            rows += Math.max(1, (DisplayWidth.of(lines.get(i).text()) + width - 1) / width);
        }
        return rows;
    }

    /** What to say after an action: the error; or the message and the page; or the message alone when nothing moved. */
    private Answer answer(State before, State after, Outcome.Extent extent) {
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
        Answer body = before.view() == org.endings.core.View.TEST && after.view() == org.endings.core.View.TEST
                && extent != Outcome.Extent.PAGE && !Navigator.samePage(before, after) ? printer.round(before, after)
                : extent == Outcome.Extent.PAGE || !Navigator.samePage(before, after)
                ? printer.page(after) : printer.move(before, after);
        Answer out = new Answer();
        if (!status.isEmpty() && !body.says(status.text())) {
            out.line(status.text());
        }
        return out.append(body);
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
