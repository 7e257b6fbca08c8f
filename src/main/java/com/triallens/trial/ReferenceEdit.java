package com.triallens.trial;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A source in the trial's reference list: its number [n], where it comes from, its title and address. */
public record ReferenceEdit(Integer number, String source, String title, String url) implements ProtocolEdit {

    public static final String URL_INVALID = "A URL starts with http:// or https://, for example https://clinicaltrials.gov.";
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/]+\\S*");

    @Override
    public List<Violation> violations() {
        return new Violations()
                .check("number", Checks.positiveNumber(number, "Enter the reference number, 1 or more."))
                .check("source", Checks.required(source, "Enter the source, for example the journal or website."))
                .check("source", ProtocolEdit.tooLong(source, 200))
                .check("title", ProtocolEdit.tooLong(title, 1000))
                .check("url", ProtocolEdit.tooLong(url, 2000))
                .check("url", url == null || url.isBlank() || WEB_ADDRESS.matcher(url.trim()).matches()
                        ? Optional.empty() : Optional.of(URL_INVALID))
                .list();
    }
}
