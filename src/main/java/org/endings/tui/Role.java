package org.endings.tui;

/** What a piece of the screen is, so a theme can style it; styles only add to the words. */
enum Role {
    TEXT,
    HEADER,
    HEADING,
    DETAIL,
    COUNT,
    RULE,
    MARKER,
    STATUS,
    ERROR,
    KEY,
    FOOTER,
    SUPPORTS,
    COMPLICATES,
    CHALLENGES,
    CONTESTED,
    /** The words a search matched, in a match's snippet. */
    FOUND,
    /** The current item of a list the cursor is not in (the beat, while the cursor is on the quotes). */
    CURRENT
}
