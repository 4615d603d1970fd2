package org.endings.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code endings completion bash|zsh|fish}: a script that completes the program's commands, options and names. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        description = {"Print a script that completes endings' commands and options as you type, and after "
            + "--reading and --beat the readings and beats of the model in use (--model FILE, or the bundled one).",
            "bash: source <(endings completion bash) in ~/.bashrc; zsh: the same line in ~/.zshrc (the script "
            + "loads zsh's bash completion); fish: endings completion fish > ~/.config/fish/completions/endings.fish."})
final class CompletionCommand implements Callable<Integer> {
    static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    /** The shells, which completion itself offers. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SHELLS.iterator();
        }
    }

    @ParentCommand
    EndingsCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish.")
    String shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = switch (shell) {
            case "bash", "zsh" -> AutoComplete.bash(CompleteCommand.PROGRAM, root) + BASH_NAMES;
            case "fish" -> FishCompletion.of(root);
            default -> throw new Failure(2, "No completion for \"" + shell + "\": endings completes in bash, zsh or fish.");
        };
        parent.env().out().print(script);
        parent.env().out().flush();
        return 0;
    }

    /**
     * Picocli's script completes commands and options; this wraps it so that after --reading and --beat
     * the names come from the model in use, through the hidden {@code endings complete}.
     */
    private static final String BASH_NAMES = """

            # After --reading and --beat, the names of the model in use (its --model, or the bundled one),
            # from the program itself; anything else is completed as above.
            function _endings_names() {
              local at=$((COMP_CWORD - 1))
              [ "${COMP_WORDS[at]}" = "=" ] && at=$((at - 1))
              local kind=""
              case ${COMP_WORDS[at]} in
                --reading) kind=readings ;;
                --beat) kind=beats ;;
                *) _complete_endings; return $? ;;
              esac
              local model=() i
              for ((i = 1; i < COMP_CWORD - 1; i++)); do
                if [ "${COMP_WORDS[i]}" = "--model" ] && [ "${COMP_WORDS[i+1]}" != "=" ]; then
                  model=(--model "${COMP_WORDS[i+1]/#\\~/$HOME}")
                elif [ "${COMP_WORDS[i]}" = "--model" ]; then
                  model=(--model "${COMP_WORDS[i+2]/#\\~/$HOME}")
                fi
              done
              local current=${COMP_WORDS[COMP_CWORD]}
              [ "$current" = "=" ] && current=""
              local IFS=$'\\n'
              COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" complete "$kind" "${model[@]}" 2>/dev/null)" -- "$current") )
            }
            complete -F _endings_names -o default endings
            """;
}
