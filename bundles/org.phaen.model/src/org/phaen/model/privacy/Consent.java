package org.phaen.model.privacy;

import java.time.LocalDate;

import org.phaen.model.ContactDetail;
import org.phaen.model.Person;

/** Whether a person's name or one contact detail may be published on a given day. */
public final class Consent {

    private Consent() {
    }

    /** The person's name. */
    public static boolean coversName(Person person, LocalDate day) {
        return person.isPublicationConsent();
    }

    /** A contact detail; one that is not personal data (an office's switchboard) needs none. */
    public static boolean covers(Person person, ContactDetail contact, LocalDate day) {
        return !contact.isPersonalData() || person.isPublicationConsent();
    }
}
