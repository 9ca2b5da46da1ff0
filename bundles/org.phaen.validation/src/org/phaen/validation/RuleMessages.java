/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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

/**
 * English and Thai messages, read as UTF-8 from properties files next to the classes that use them: the rules'
 * ({@code messages.properties}, {@code messages_th.properties}) and the validation command's.
 */
public final class RuleMessages {

    private static final Map<String, RuleMessages> CACHE = new ConcurrentHashMap<>();

    private final Properties en;
    private final Properties th;

    private RuleMessages(Properties en, Properties th) {
        this.en = en;
        this.th = th;
    }

    static RuleMessages of(Rule rule) {
        return of(rule.getClass(), rule.messageBundle());
    }

    /** The messages of {@code base}{@code .properties} and {@code base_th.properties} (a resource path), read with {@code owner}'s class loader. */
    public static RuleMessages of(Class<?> owner, String base) {
        ClassLoader loader = owner.getClassLoader();
        return CACHE.computeIfAbsent(
                base, b -> new RuleMessages(read(loader, b + ".properties"), read(loader, b + "_th.properties")));
    }

    /** The message {@code key} in {@code language} (English where the Thai file lacks it), {@code args} placed by {@link MessageFormat}. */
    public String format(Language language, String key, Object... args) {
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
