package org.endings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the README's diagram, as rules over the compiled classes: the core is pure and
 * knows no front end; the front ends know the core's pages, not the model, the loader or each
 * other; the command line is reached only from the two entry points.
 */
@AnalyzeClasses(packages = "org.endings", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreIsPureAndKnowsNoFrontEnd = noClasses().that().resideInAPackage("org.endings.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.googlecode.lanterna..", "tools.jackson..", "com.fasterxml..", "picocli..",
                    "java.io..", "java.nio.file..", "java.net..",
                    "org.endings.tui..", "org.endings.text..", "org.endings.cli..", "org.endings.edge..",
                    "org.endings.terminal..")
            .because("the core owns every rule and does no I/O; front ends and the edge depend on it, not the reverse");

    @ArchTest
    static final ArchRule coreReadsNoFilesNorClock = noClasses().that().resideInAPackage("org.endings.core..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.System")
            .because("update is pure: the same state and action always give the same result");

    @ArchTest
    static final ArchRule terminalPlumbingKnowsNotTheExplorer = noClasses().that()
            .resideInAPackage("org.endings.tui.terminal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.endings.tui", "org.endings.core..",
                    "org.endings.model..")
            .because("tui/terminal/ is plumbing: a terminal, its bytes and its cells, whatever is drawn on them");

    @ArchTest
    static final ArchRule frontEndsDoNotKnowEachOther = noClasses().that().resideInAPackage("org.endings.tui..")
            .should().dependOnClassesThat().resideInAPackage("org.endings.text..");

    @ArchTest
    static final ArchRule textModeDoesNotKnowTheExplorer = noClasses().that().resideInAPackage("org.endings.text..")
            .should().dependOnClassesThat().resideInAPackage("org.endings.tui..");

    @ArchTest
    static final ArchRule frontEndsReadPagesNotTheModel = noClasses().that()
            .resideInAnyPackage("org.endings.tui..", "org.endings.text..")
            .should().dependOnClassesThat().resideInAPackage("org.endings.model..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.endings.core.Queries")
            .because("a front end chooses words, colour and layout for the core's pages; the rules are the core's");

    @ArchTest
    static final ArchRule exportsWalkPagesAndKnowNoFrontEnd = noClasses().that().resideInAPackage("org.endings.export..")
            .should().dependOnClassesThat().resideInAnyPackage("com.googlecode.lanterna..", "picocli..",
                    "org.endings.tui..", "org.endings.text..", "org.endings.cli..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.endings.core.Queries")
            .because("an export writes the core's pages, as every front end shows them: the same words, stances and counts");

    @ArchTest
    static final ArchRule exportsReadTheModelOnlyForItsJson = noClasses().that().resideInAPackage("org.endings.export..")
            .and().doNotHaveFullyQualifiedName("org.endings.export.ModelJson")
            .should().dependOnClassesThat().resideInAPackage("org.endings.model..")
            .because("the JSON export is the model as loaded (ModelJson takes a Model); every other format is a walk "
                    + "through the core's pages");

    @ArchTest
    static final ArchRule onlyTheEntryPointsReachTheCommandLine = noClasses().that()
            .resideOutsideOfPackage("org.endings.cli..")
            .and().doNotHaveFullyQualifiedName("org.endings.Main")
            .and().doNotHaveFullyQualifiedName("org.endings.Training")
            .should().dependOnClassesThat().resideInAPackage("org.endings.cli..")
            .because("Main is the only System.exit; Training, the start-up archive's run, is the other entry point");
}
