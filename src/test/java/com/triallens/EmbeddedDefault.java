package com.triallens;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The application's own embedded default database URL ({@code application.properties}), moved into a test's folder. */
public final class EmbeddedDefault {

    private static final String DATA = "./data/triallens";

    private EmbeddedDefault() {
    }

    /** For a {@code @DynamicPropertySource}: the test context's database is the embedded default in a new temporary folder. */
    public static void useIn(DynamicPropertyRegistry registry) throws IOException {
        var folder = Files.createTempDirectory("triallens-h2-");
        registry.add("spring.datasource.url", () -> urlIn(folder));
    }

    /** A ClinicalTrials.gov record from {@code src/test/resources/ctgov}. */
    public static byte[] ctgovRecord(String name) {
        try (var in = EmbeddedDefault.class.getResourceAsStream("/ctgov/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String urlIn(Path folder) {
        var properties = new Properties();
        try (var in = EmbeddedDefault.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var url = properties.getProperty("spring.datasource.url");
        if (url == null || !url.contains(DATA)) {
            throw new IllegalStateException("application.properties no longer keeps its H2 file at " + DATA + ": " + url);
        }
        return url.replace(DATA, folder.resolve("triallens").toAbsolutePath().toString());
    }
}
