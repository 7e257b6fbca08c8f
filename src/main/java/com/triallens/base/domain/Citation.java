package com.triallens.base.domain;

/** One entry of a trial's reference list, as cited next to a figure: {@code [7]}. */
public record Citation(long id, int number, String source, String title, String url) {

    public String marker() {
        return "[" + number + "]";
    }

    /** {@code [7] BioSpace: Polyphor Provides Update ...}, or just the source when no title is known. */
    public String describe() {
        return marker() + " " + (title == null ? source : source + ": " + title);
    }
}
