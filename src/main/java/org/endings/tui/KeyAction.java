package org.endings.tui;

import java.util.Objects;
import java.util.function.Function;

import org.endings.core.Action;
import org.endings.core.State;

/** What a key does: hand an action to the core, or something only the screen knows about. */
public sealed interface KeyAction {

    /** What an action is made from: the state, and what has been typed at the prompt ("" elsewhere). */
    record Input(State state, String typed) {}

    /** A core action, made when the key is pressed (a number may depend on the focus or on what was typed). */
    record Act(Class<? extends Action> kind, Function<Input, Action> make) implements KeyAction {
        public Act {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(make, "make");
        }

        /** The same action whatever the state. */
        public static Act of(Action action) {
            return new Act(action.getClass(), new Function<Input, Action>() {
                @Override
                public Action apply(Input in) {
                    return action;   // (a class, not a lambda: the key map is made before the first frame)
                }
            });
        }
    }

    /** Things the screen does itself: interrupting, paging, the prompt, redrawing. */
    enum Ui implements KeyAction {
        INTERRUPT,
        PAGE_DOWN,
        SIDE_BY_SIDE,
        PAGE_UP,
        LINE_DOWN,
        LINE_UP,
        TOP,
        BOTTOM,
        SEARCH_PROMPT,
        BEAT_PROMPT,
        ITEM_PROMPT,
        CREDENCE_PROMPT,
        EXPORT_PROMPT,
        TEST_PROMPT,
        PROMPT_CANCEL,
        PROMPT_DELETE,
        REDRAW
    }
}
