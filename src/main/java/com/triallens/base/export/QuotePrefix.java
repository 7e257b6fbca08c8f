package com.triallens.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Sets the quote-prefix flag ({@code <xf quotePrefix="1">}, ECMA-376 §18.8.45) on every cell format of a
 * written workbook that uses the given number format; the other parts of the file are copied as they are.
 */
final class QuotePrefix {

    private static final String STYLES = "xl/styles.xml";
    /** Built-in number format 49 is "@" (text). */
    private static final String BUILT_IN_TEXT_ID = "49";

    private QuotePrefix() {
    }

    /** Writes the workbook file to {@code out} with styles.xml marked (read by its central directory). */
    static void mark(Path workbook, String numberFormat, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out); // not closed: the caller owns out, as with fastexcel's own writing
        try (var in = new ZipFile(workbook.toFile())) {
            for (var entry : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (var part = in.getInputStream(entry)) {
                    if (entry.getName().equals(STYLES)) {
                        var styles = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                        zip.write(marked(styles, numberFormat).getBytes(StandardCharsets.UTF_8));
                    } else {
                        part.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** styles.xml with quotePrefix="1" on each {@code <xf>} whose numFmtId is the given format's. */
    static String marked(String styles, String numberFormat) {
        var declared = Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"" + Pattern.quote(numberFormat) + "\"")
                .matcher(styles);
        var id = declared.find() ? declared.group(1) : BUILT_IN_TEXT_ID;
        var xf = Pattern.compile("<xf (?=[^>]*numFmtId=\"" + id + "\")(?![^>]*quotePrefix)");
        return xf.matcher(styles).replaceAll(Matcher.quoteReplacement("<xf quotePrefix=\"1\" "));
    }
}
