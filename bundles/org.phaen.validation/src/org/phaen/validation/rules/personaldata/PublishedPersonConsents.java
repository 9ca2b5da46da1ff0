package org.phaen.validation.rules.personaldata;

import java.util.Set;
import java.util.stream.Collectors;

import org.phaen.model.Named;
import org.phaen.model.Person;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-PDP-001: a person named in what the public export includes has consented to publication, or the
 * export must leave their personal contact details out (Personal Data Protection Act B.E. 2562).
 */
public final class PublishedPersonConsents extends AbstractRule<Person> {

    private static final Object MENTIONS = new Object();
    private static final int LISTED = 3;

    public PublishedPersonConsents() {
        super("PH-PDP-001", Severity.WARNING, Person.class);
    }

    @Override
    protected void verify(Person person, RuleContext context, Findings findings) {
        if (person.isPublicationConsent() || person.getContacts().stream().noneMatch(c -> c.isPersonalData())) {
            return;
        }
        Set<Named> where = context.memo(MENTIONS, key -> new PublicMentions(context)).of(person);
        if (!where.isEmpty()) {
            String listed = where.stream().limit(LISTED).map(Findings::labelOf).collect(Collectors.joining(", "));
            findings.report(person, listed, "", "", Math.max(0, where.size() - LISTED)); // text {1}-{3}, numbers from {4}
        }
    }
}
