package org.phaen.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The English and Thai messages of rules, read as UTF-8 from properties files next to the rules. */
final class RuleMessages {

    private static final Map<String, RuleMessages> CACHE = new ConcurrentHashMap<>();

    private final Properties en;
    private final Properties th;

    private RuleMessages(Properties en, Properties th) {
        this.en = en;
        this.th = th;
    }

    static RuleMessages of(Rule rule) {
        String base = rule.messageBundle();
        ClassLoader loader = rule.getClass().getClassLoader();
        return CACHE.computeIfAbsent(base, b -> new RuleMessages(read(loader, b + ".properties"), read(loader, b + "_th.properties")));
    }

    String format(Language language, String key, Object... args) {
        String pattern = (language == Language.TH ? th : en).getProperty(key, en.getProperty(key));
        if (pattern == null) {
            throw new IllegalStateException("no message " + key + " for " + language);
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    boolean has(Language language, String key) {
        return (language == Language.TH ? th : en).containsKey(key);
    }

    private static Properties read(ClassLoader loader, String path) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing message file " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
