package org.endings.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import org.endings.core.Action;
import org.endings.core.Effect;
import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.Page;
import org.endings.core.State;
import org.endings.core.Transition;
import org.endings.core.Status;
import org.endings.edge.EffectRunner;
import org.endings.edge.Exports;
import org.endings.tui.KeyAction.Act;
import org.endings.tui.KeyAction.Ui;
import org.endings.tui.terminal.Display;

/**
 * The full-screen explorer without its terminal: holds the reader's state, turns each key into a
 * core action through the {@link KeyMap}, and draws the page with a {@link ScreenPainter}.
 * Single-threaded: {@link #step} handles one key and draws one frame, which is all a test needs.
 */
public final class ExplorerApp {
    /** How the run ended, for the exit code. */
    public enum Ending { RUNNING, QUIT, INTERRUPTED }

    private final Navigator navigator;
    private final Display screen;
    private final ScreenPainter painter;
    private final KeyMap keys;
    private final EffectRunner effects = new EffectRunner(new EffectRunner.Host() {
        @Override
        public void quit() {
            ending = Ending.QUIT;
        }

        @Override
        public void cite(String citation, String what) {
            try {
                if (!screen.copy(citation)) {
                    message = "This terminal has no clipboard Endings can reach; the text mode's cite says the citation.";
                }
            } catch (IOException e) {
                message = "Could not reach the clipboard: " + e.getMessage() + ".";
            }
        }

        @Override
        public void export(Effect.Export export) {
            message = Exports.write(navigator, export, Path.of("").toAbsolutePath());
        }

        @Override
        public void save(Notebook notebook) {
            save.accept(notebook);
        }

        @Override
        public String editNote(String text, String about) {
            return edit(text);
        }
    });
    private Consumer<Notebook> save = notebook -> { };
    private NoteEditor editor;
    private volatile State state;
    private Prompt prompt;
    private String message;
    private Ending ending = Ending.RUNNING;
    private boolean completeNext;
    /** The message the last frame showed, which a frame that only moves the cursor keeps a moment longer. */
    private Status shown = Status.NONE;

    public ExplorerApp(Navigator explorer, Display screen, TuiOptions options) {
        this(explorer, screen, options, KeyMap.standard());
    }

    public ExplorerApp(Navigator navigator, Display screen, TuiOptions options, KeyMap keys) {
        this.navigator = navigator;
        this.screen = screen;
        this.keys = keys;
        this.painter = new ScreenPainter(Theme.of(options), options.ascii(), keys);
        this.state = navigator.start();
    }

    /** Edits a note outside the explorer (the reader's editor, the terminal handed over and taken back). */
    @FunctionalInterface
    public interface NoteEditor {
        /** The note as the reader left it; throws when the editor could not run, leaving the note as it was. */
        String edit(String text) throws Exception;
    }

    /**
     * Starts at {@code start} (the reader's notebook, where they left off), hands each notebook to
     * keep to {@code save}, and edits notes with {@code editor}; without one, a note is typed on
     * the prompt line.
     */
    public void keep(State start, Consumer<Notebook> save, NoteEditor editor) {
        this.state = start;
        this.save = save;
        this.editor = editor;
    }

    public State state() {
        return state;
    }

    public Ending ending() {
        return ending;
    }

    public KeyMap keys() {
        return keys;
    }

    /** Until the first frame is drawn: its header names the help key. */
    private boolean firstFrame = true;

    /** Where keys go now. */
    public Where where() {
        if (prompt != null) {
            return switch (prompt.kind()) {
                case SEARCH -> Where.SEARCH_PROMPT;
                case BEAT -> Where.BEAT_PROMPT;
                case ITEM -> Where.ITEM_PROMPT;
                case NOTE -> Where.NOTE_PROMPT;
                case CREDENCE -> Where.CREDENCE_PROMPT;
                case EXPORT -> Where.EXPORT_PROMPT;
                case TEST -> Where.TEST_PROMPT;
            };
        }
        return switch (state.view()) {
            case BEAT -> state.onBeatList() ? Where.BEATS : Where.QUOTES;
            case SCENE -> Where.SCENE;
            case WALK -> Where.WALK;
            case MATRIX -> Where.MATRIX;
            case COMPARE -> Where.COMPARE;
            case QUOTE -> Where.QUOTE;
            case READINGS -> Where.READINGS;
            case SOURCES -> Where.SOURCES;
            case SOURCE -> Where.SOURCE;
            case PERSON -> Where.PERSON;
            case SEARCH -> Where.SEARCH;
            case HELP -> Where.HELP;
            case MINE -> Where.MINE;
            case TEST -> state.round() != null && (state.round().step() == org.endings.core.Round.Step.REVEAL
                    || state.round().finished()) ? Where.RESULT : Where.TEST;
            case AGAINST -> Where.AGAINST;
        };
    }

    /** Handles one key and draws the result; false once the reader has quit. */
    public boolean step(KeyStroke key) {
        if (!handle(key)) {
            return false;
        }
        if (!draw(false)) {
            draw(false);
        }
        return true;
    }

    /**
     * Draws the current page; {@code complete} repaints every cell (after a resize or a resume).
     * Returns false when the frame is only the first of two and {@link #draw} should be called
     * again shortly: when a key only moves the cursor and clears the last message, the first frame
     * moves the cursor and changes no text, so that a screen reader reads the row it moved to;
     * the second then clears the message. A key that changes text as well clears the message in
     * the same frame: a second one would be read as a piece of its own.
     */
    public boolean draw(boolean complete) {
        screen.resizeIfNeeded();
        Page page = navigator.presenter().page(state);
        Status status = message != null ? Status.info(message) : page.status();
        boolean staged = status.isEmpty() && !shown.isEmpty() && !complete && !completeNext;
        if (staged) {
            painter.paint(screen, new ScreenPainter.Frame(page, where(), prompt, shown, firstFrame, state.search() != null));
            staged = !screen.changesText();
        }
        Status now = staged ? shown : status;
        if (!staged) {
            painter.paint(screen, new ScreenPainter.Frame(page, where(), prompt, now, firstFrame, state.search() != null));
        }
        firstFrame = false;
        try {
            screen.refresh(complete || completeNext);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        completeNext = false;
        shown = staged ? Status.NONE : now;
        return !staged;
    }

    /** Where the reader is, in one plain line, for the scrollback after quitting. */
    public String whereAmI() {
        return navigator.presenter().whereAmI(state);
    }

    /**
     * The core's actions that only move through the pages, or mark a stance: their only effect is
     * the notebook's save. Every other action (a note, credence, a citation, an export, a round
     * dealt, quitting) may take the terminal for an editor, write a file or end the program.
     */
    private static final java.util.Set<Class<? extends Action>> MOVES = java.util.Set.of(Action.NextBeat.class,
            Action.PrevBeat.class, Action.NextReading.class, Action.PrevReading.class, Action.ChooseReading.class,
            Action.NextItem.class, Action.PrevItem.class, Action.First.class, Action.Last.class, Action.Open.class,
            Action.OpenItem.class, Action.SwitchList.class, Action.OpenSpeaker.class, Action.OpenSource.class,
            Action.ShowSource.class, Action.ShowPerson.class, Action.Mark.class, Action.Back.class, Action.Show.class,
            Action.Compare.class, Action.NextMatch.class, Action.PrevMatch.class, Action.WhereAmI.class,
            Action.Challenge.class);

    /**
     * Whether {@code key}, here, only moves through the pages (or marks a stance, or opens a
     * prompt, or says it does nothing): what any thread may answer, holding the frame's lock. False
     * for a key that may quit, run the reader's editor, write a file or the clipboard, deal a round,
     * or end a prompt (Enter there may do any of those).
     */
    boolean quick(KeyStroke key) {
        if (key == null || key.getKeyType() == KeyType.EOF) {
            return false;
        }
        Where where = where();
        return quick(where, where.isPrompt() ? null : keys.find(key, where));
    }

    private static boolean quick(Where where, KeyMap.Binding binding) {
        if (where.isPrompt()) {
            return false;
        }
        if (binding == null) {
            return true;   // "does nothing here"
        }
        KeyAction command = binding.command();
        if (command instanceof Act act) {
            return MOVES.contains(act.kind());
        }
        return command != Ui.INTERRUPT;
    }

    /**
     * Handles {@code key}, without drawing, when it is {@link #quick}, finding its binding once; false,
     * and nothing done, when it is not. Whether the reader is still here is {@link #ending()}'s.
     */
    boolean handleIfQuick(KeyStroke key) {
        if (key == null || key.getKeyType() == KeyType.EOF) {
            return false;
        }
        Where where = where();
        KeyMap.Binding binding = where.isPrompt() ? null : keys.find(key, where);
        if (!quick(where, binding)) {
            return false;
        }
        message = null;
        dispatch(key, where, binding);
        return true;
    }

    /** Handles one key without drawing; false once the reader has quit. */
    boolean handle(KeyStroke key) {
        dispatch(key);
        return ending == Ending.RUNNING;
    }

    private void dispatch(KeyStroke key) {
        message = null;
        if (key == null) {
            return;
        }
        if (key.getKeyType() == KeyType.EOF) {
            ending = Ending.QUIT;
            return;
        }
        Where where = where();
        dispatch(key, where, keys.find(key, where));
    }

    /** A key that is neither missing nor the end of input, with where it was typed and what it is bound to there. */
    private void dispatch(KeyStroke key, Where where, KeyMap.Binding binding) {
        if (binding == null) {
            if (where.isPrompt() && key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
                prompt = prompt.type(key.getCharacter());
                message = prompt.kind().hint();
            } else if (where.isPrompt()) {
                message = prompt.kind().hint();
            } else {
                message = "The key " + describe(key) + " does nothing here; " + Key.spoken('?') + " lists every key.";
            }
            return;
        }
        KeyAction command = binding.command();
        if (command instanceof Act act) {
            String typed = prompt == null ? "" : prompt.text();
            prompt = null;
            apply(act.make().apply(new KeyAction.Input(state, typed)));
        } else {
            ui((Ui) command);
        }
    }

    private void apply(Action action) {
        Transition transition = navigator.update(state, action);
        state = transition.state();
        for (Action then : effects.run(transition.effects())) {
            apply(then);
        }
    }

    /** The note from the reader's editor; without one, the prompt line opens with the note to change. */
    private String edit(String text) {
        if (editor == null) {
            if (text.length() > Prompt.MAX_NOTE || text.indexOf('\n') >= 0) {
                // a note the line cannot hold whole is not offered there, where Enter would keep less of it
                message = "This note is longer than a line here: set VISUAL or EDITOR to edit it in your editor.";
                return null;
            }
            prompt = new Prompt(Prompt.Kind.NOTE, text);
            message = Prompt.Kind.NOTE.hint();
            return null;
        }
        try {
            return editor.edit(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            message = "Your note was left as it was: " + e.getMessage() + ".";
            return null;
        } finally {
            completeNext = true;
        }
    }

    private void ui(Ui command) {
        switch (command) {
            case INTERRUPT -> ending = Ending.INTERRUPTED;
            case SIDE_BY_SIDE -> painter.toggleSideBySide();
            case PAGE_DOWN -> painter.scroll(ScreenPainter.Scroll.PAGE_DOWN);
            case PAGE_UP -> painter.scroll(ScreenPainter.Scroll.PAGE_UP);
            case LINE_DOWN -> painter.scroll(ScreenPainter.Scroll.LINE_DOWN);
            case LINE_UP -> painter.scroll(ScreenPainter.Scroll.LINE_UP);
            case TOP -> painter.scroll(ScreenPainter.Scroll.TOP);
            case BOTTOM -> painter.scroll(ScreenPainter.Scroll.BOTTOM);
            case SEARCH_PROMPT -> openPrompt(Prompt.Kind.SEARCH);
            case BEAT_PROMPT -> openPrompt(Prompt.Kind.BEAT);
            case ITEM_PROMPT -> openPrompt(Prompt.Kind.ITEM);
            case CREDENCE_PROMPT -> openPrompt(Prompt.Kind.CREDENCE);
            case TEST_PROMPT -> openPrompt(Prompt.Kind.TEST);
            case EXPORT_PROMPT -> {
                openPrompt(Prompt.Kind.EXPORT);
                prompt = new Prompt(Prompt.Kind.EXPORT, "html reading");
            }
            case PROMPT_CANCEL -> prompt = null;
            case PROMPT_DELETE -> {
                // On an empty prompt Backspace closes it: a screen reader may keep Esc for itself.
                if (prompt.text().isEmpty()) {
                    prompt = null;
                } else {
                    prompt = prompt.delete();
                    message = prompt.kind().hint();
                }
            }
            case REDRAW -> completeNext = true;
        }
    }

    private void openPrompt(Prompt.Kind kind) {
        prompt = new Prompt(kind, "");
        message = kind.hint();
    }

    private static String describe(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && key.getCharacter() != null) {
            char c = key.getCharacter();
            String name = Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("U+%04X", (int) c)
                    : Key.spoken(c);
            return (key.isCtrlDown() ? "Ctrl-" : "") + (key.isAltDown() ? "Alt-" : "")
                    + org.endings.terminal.Sanitizer.cleanLine(name);
        }
        return key.getKeyType().name();
    }
}
