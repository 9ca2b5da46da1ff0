package org.phaen.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words of Phaen's documents (page labels, table keys), Thai and English, from
 * {@code wording_th.properties} and {@code wording_en.properties} beside this class rather than from Java literals.
 */
public final class Wording {

    public static final Wording THAI = new Wording(Locale.of("th")), ENGLISH = new Wording(Locale.ENGLISH);

    private final ResourceBundle texts;

    private Wording(Locale locale) {
        // No fallback to the JVM's locale: a Thai document says Thai words on any machine.
        texts = ResourceBundle.getBundle("org.phaen.documents.wording", locale, Wording.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Wording of(boolean english) {
        return english ? ENGLISH : THAI;
    }

    /** The text of {@code key}, with {@code args} placed as {@link MessageFormat} places them. */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
