package org.endings.text;

import java.util.Objects;
import java.util.function.Consumer;

import org.endings.core.Action;
import org.endings.core.Explorer;
import org.endings.core.State;
import org.endings.core.Status;
import org.endings.model.Work;
import org.endings.text.Outcome.Act;

/**
 * One reader's session in the text mode: where they are, and the answer to each line they type.
 * No I/O: {@link TextMode} reads the lines and writes the answers.
 */
final class TextSession {
    /** What to write after a line, and whether the session has ended. */
    record Reply(String text, boolean quit) {}

    private final Explorer explorer;
    private final TextOptions options;
    private final TextPrinter printer;
    private final ReadingNames names;
    private State state;
    private String last;
    private Consumer<Action> observer = action -> {};

    TextSession(Explorer explorer, TextOptions options) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.options = Objects.requireNonNull(options, "options");
        this.printer = new TextPrinter(explorer);
        this.names = new ReadingNames(explorer.queries());
        this.state = explorer.start();
    }

    /** One sentence saying what this is and how to get help, then the first page. */
    String opening() {
        Work work = explorer.queries().model().work();
        Answer out = new Answer().line("Endings, text mode: how the ending of " + work.title() + " (" + work.year()
                + ") can be read; type help for the commands, q to quit.");
        return out.append(printer.page(state)).render(options);
    }

    /** The answer to one typed line; a blank line gets none. Never throws for anything typed. */
    Reply handle(String line) {
        String typed = line.strip();
        if (typed.isEmpty()) {
            return new Reply("", false);
        }
        try {
            return run(typed, true);
        } catch (RuntimeException e) {
            // a bug must not cost the reader their place, nor show them a stack trace
            return new Reply(new Answer().error("Something went wrong (" + e.getClass().getSimpleName()
                    + "); nothing changed. Type look to hear where you are.").render(options), false);
        }
    }

    private Reply run(String typed, boolean remember) {
        Commands.Parsed parsed = Commands.parse(typed);
        if (parsed.problem() != null) {
            if (remember) {
                last = typed;
            }
            return say(new Answer().error(parsed.problem()));
        }
        Outcome outcome = parsed.command().handler().run(this, parsed.argument(), parsed.byLetter());
        if (outcome instanceof Outcome.Again) {
            if (last == null) {
                return say(new Answer().error("Nothing to repeat yet: again repeats the last command you typed."));
            }
            return run(last, false);
        }
        if (remember) {
            last = typed;
        }
        if (outcome instanceof Outcome.Quit) {
            return new Reply("", true);
        }
        if (outcome instanceof Outcome.Fail fail) {
            return say(new Answer().error(fail.message()));
        }
        if (outcome instanceof Outcome.Say said) {
            return say(said.answer());
        }
        Act act = (Act) outcome;
        State before = state;
        State after = explorer.update(before, act.action());
        observer.accept(act.action());
        Answer answer = answer(before, after, act.reply());
        state = after;
        return say(answer);
    }

    private Reply say(Answer answer) {
        return new Reply(answer.render(options), false);
    }

    /** What to say after an action: the error; or the message and the page; or the message alone when nothing moved. */
    private Answer answer(State before, State after, Outcome.Reply reply) {
        Status status = after.status();
        if (status.error()) {
            return new Answer().error(status.text());
        }
        if (reply == Outcome.Reply.STATUS) {
            return new Answer().line(status.text());
        }
        if (samePlace(before, after)) {
            if (!status.isEmpty()) {
                return new Answer().line(status.text());
            }
            return reply == Outcome.Reply.PAGE ? printer.page(after) : printer.where(after);
        }
        Answer body = reply == Outcome.Reply.PAGE || !samePage(before, after)
                ? printer.page(after) : printer.move(before, after);
        Answer out = new Answer();
        if (!status.isEmpty() && !body.says(status.text())) {
            out.line(status.text());
        }
        return out.append(body);
    }

    /** Nothing but the message changed. */
    private static boolean samePlace(State a, State b) {
        return a.view() == b.view() && a.beat() == b.beat() && a.reading() == b.reading() && a.other() == b.other()
                && a.focus() == b.focus() && a.quote() == b.quote() && Objects.equals(a.search(), b.search())
                && a.history().equals(b.history());
    }

    /** Still on the same page, though its focus, or the matrix's cursor, may have moved. */
    private static boolean samePage(State a, State b) {
        if (a.view() != b.view()) {
            return false;
        }
        return switch (b.view()) {
            case BEAT -> a.beat() == b.beat() && a.reading() == b.reading();
            case WALK -> a.reading() == b.reading();
            case COMPARE -> a.beat() == b.beat() && a.reading() == b.reading() && a.other() == b.other();
            case QUOTE -> a.quote() == b.quote() && a.reading() == b.reading() && a.history().equals(b.history());
            case SEARCH -> a.search() != null && b.search() != null && a.search().query().equals(b.search().query())
                    && a.search().matches().equals(b.search().matches());
            case MATRIX, READINGS, SOURCES, HELP -> true;
        };
    }

    // ---- for the command handlers

    State state() {
        return state;
    }

    Explorer explorer() {
        return explorer;
    }

    TextPrinter printer() {
        return printer;
    }

    ReadingNames names() {
        return names;
    }

    /** Tells {@code observer} of every action handed to the core, for tests. */
    void observe(Consumer<Action> observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }
}
