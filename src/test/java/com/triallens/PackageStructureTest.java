package com.triallens;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of the code layout (README, "Code layout"), read from the sources' imports: {@code base} uses no
 * feature package, and no two feature packages use each other.
 */
class PackageStructureTest {

    private static final Path SOURCES = Path.of("src/main/java/com/triallens");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.triallens\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void base_uses_no_feature_package() {
        assertThat(uses().get("base")).as("feature packages that base imports").isEmpty();
    }

    @Test
    void no_two_feature_packages_use_each_other() {
        var uses = uses();
        var mutual = new ArrayList<String>();
        uses.forEach((feature, used) -> used.stream()
                .filter(other -> feature.compareTo(other) < 0 && uses.getOrDefault(other, Set.of()).contains(feature))
                .forEach(other -> mutual.add(feature + " <-> " + other)));
        assertThat(mutual).as("feature packages that import each other").isEmpty();
    }

    @Test
    void the_rules_see_the_imports() {
        assertThat(uses()).containsKeys("base", "trial", "efficacy", "safety", "security");
        assertThat(uses().get("efficacy")).contains("trial");
    }

    /** Each top-level package under com.triallens and the other feature packages its sources import. */
    private static Map<String, Set<String>> uses() {
        var uses = new TreeMap<String, Set<String>>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // Application.java wires everything together
                }
                var owner = relative.getName(0).toString();
                var used = uses.computeIfAbsent(owner, o -> new TreeSet<>());
                var matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(owner) && !matcher.group(1).equals("base")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }
}
