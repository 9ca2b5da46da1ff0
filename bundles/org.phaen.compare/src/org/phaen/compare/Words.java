package org.phaen.compare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of comparisons and merges in Thai or English, from {@code words_th.properties} and {@code words_en.properties}. */
public final class Words {

    public static final Words THAI = new Words(Locale.of("th")), ENGLISH = new Words(Locale.ENGLISH);

    private final ResourceBundle texts;

    private Words(Locale locale) {
        // No fallback to the JVM's locale: Thai output is Thai on any machine.
        texts = ResourceBundle.getBundle(
                "org.phaen.compare.words",
                locale,
                Words.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of a language named {@code th} or {@code en}. */
    public static Words of(String language) {
        return "en".equals(language) ? ENGLISH : THAI;
    }

    /** The text of {@code key}, with {@code args} placed as {@link MessageFormat} places them. */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The word for an element kind (an EClass name); the name itself when there is none. */
    public String kind(String className) {
        return texts.containsKey("kind." + className) ? texts.getString("kind." + className) : className;
    }
}
