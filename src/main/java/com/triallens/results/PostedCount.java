package com.triallens.results;

/** A count the registry posted as text, in words: "1 participant", "12 participants", "20 eyes", "NA eyes (as posted)". */
final class PostedCount {

    private PostedCount() {
    }

    /** {@code text} counted in {@code unit} as posted ("Participants", "eyes"); participants read in lower case. */
    static String of(String text, String unit) {
        var many = unit == null || unit.isBlank() || unit.strip().equalsIgnoreCase("participants") ? "participants"
                : unit.strip();
        var one = many.equals("participants") ? "participant"
                : many.endsWith("s") && !many.endsWith("ss") ? many.substring(0, many.length() - 1) : many;
        var trimmed = text.strip();
        return trimmed.matches("\\d{1,18}") ? ResultRows.plural(Long.parseLong(trimmed), one, many)
                : trimmed + " " + many + " (as posted)";
    }
}
