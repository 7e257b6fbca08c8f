package com.triallens.compare;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an endpoint, adverse-event category or population is, across trials that name them differently
 * ("Objective response rate", "Overall Response Rate (ORR)"). A name no rule recognises stands for itself,
 * so only identically named measures line up.
 */
final class Concepts {

    private record Rule(String concept, Pattern pattern) {
    }

    private static final List<Rule> ENDPOINTS = List.of(
            rule("Objective response rate", "objective response|overall response rate|\\borr\\b"),
            rule("Clinical benefit rate", "clinical benefit|\\bcbr\\b"),
            rule("Disease control rate", "disease control|\\bdcr\\b"),
            rule("Progression-free survival", "progression[- ]free survival|\\bpfs\\b"),
            rule("Overall survival", "overall survival|\\bos\\b"),
            rule("Duration of response", "duration of (objective )?response|\\bdor\\b"),
            rule("Time to progression", "time to (tumou?r )?progression|\\bttp\\b"));

    private static final List<Rule> ADVERSE_EVENTS = List.of(
            rule("Adverse events leading to death", "leading to death|fatal|grade 5"),
            rule("Serious adverse events", "^(any )?serious (treatment[- ]emergent )?adverse events?|^serious teaes?"),
            rule("Adverse events of grade 3 or higher", "grade (3|≥ ?3|3 or higher|3 or above|≥3)|grade iii"),
            rule("Infusion-related reactions", "infusion[- ]related reactions?"));

    private static final List<Rule> POPULATIONS = List.of(
            rule("Safety population", "safety|received (at least one|any) dose|treated patients|all treated"),
            rule("Intention to treat", "intention[- ]to[- ]treat|\\bitt\\b|all randomi[sz]ed|^overall$|full analysis"),
            rule("Per protocol", "per[- ]protocol"));

    private Concepts() {
    }

    private static Rule rule(String concept, String regex) {
        return new Rule(concept, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    static String endpoint(String name) {
        return classify(ENDPOINTS, name);
    }

    static String adverseEvent(String name) {
        return classify(ADVERSE_EVENTS, name);
    }

    static String population(String name) {
        return classify(POPULATIONS, name);
    }

    private static String classify(List<Rule> rules, String name) {
        if (name == null || name.isBlank()) {
            return "Not stated";
        }
        var text = name.strip();
        return rules.stream().filter(rule -> rule.pattern().matcher(text).find()).map(Rule::concept).findFirst()
                .orElse(text);
    }

    /** Names that differ only in case or spacing are the same name. */
    static String key(String concept) {
        return concept.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
