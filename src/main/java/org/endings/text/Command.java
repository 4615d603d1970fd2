package org.endings.text;

import java.util.List;
import java.util.Objects;

/**
 * One row of the command table: the word (accepted by any unique beginning, in any case), the
 * single letters that also run it, what may follow it and a line of help; what it does is
 * {@link Commands#run}, by its word.
 */
record Command(String word, List<String> letters, String argument, Arity arity, String help) {
    /** Whether something may, must or must not follow the command word. */
    enum Arity { NONE, OPTIONAL, REQUIRED }

    Command {
        Objects.requireNonNull(word, "word");
        letters = List.copyOf(letters);
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(arity, "arity");
        Objects.requireNonNull(help, "help");
    }

    /** "search TEXT, or /": how the command is typed, as help shows it. */
    String usage() {
        StringBuilder out = new StringBuilder(word);
        if (!argument.isEmpty()) {
            out.append(' ').append(argument);
        }
        for (String letter : letters) {
            out.append(", or ").append(letter);
        }
        return out.toString();
    }

    /** The line help gives for this command. */
    String helpLine() {
        return usage() + ": " + help;
    }
}
